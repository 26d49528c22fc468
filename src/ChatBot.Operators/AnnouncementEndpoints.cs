using ChatBot.Http;
using ChatBot.Operators.Announcements;
using ChatBot.Operators.Api;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Operators;

public static class AnnouncementEndpoints
{
    /// <summary>
    /// Announcements under <c>/api/operator/admin/announcements</c>. Expects an <c>AnnouncementDesk</c> and an
    /// <c>IAnnouncementFigures</c> service.
    /// </summary>
    public static AdminRoutes MapAnnouncementAdmin(this AdminRoutes admin)
    {
        var announcements = admin.Under("/announcements");
        announcements.MapGet("", AnnouncementAdminApi.All).WithSummary("Every announcement with its state and its recipients counted by delivery.");
        announcements.MapGet("/figures", AnnouncementAdminApi.Figures).WithSummary("Figures for the reports over ?from= to ?to= (yyyy-MM-dd, Almaty days).");
        announcements.MapPost("", AnnouncementAdminApi.Create).WithSummary("Creates a draft: texts in ru and kk, topics, channels, an optional survey.")
            .DescribeJsonBody<AnnouncementRequest>(required: true);
        announcements.MapPost("/preview", AnnouncementAdminApi.PreviewDraft).WithSummary("A draft's preview, checked as saving it would be, without saving it.")
            .DescribeJsonBody<AnnouncementRequest>(required: true);
        announcements.MapGet("/{id}", AnnouncementAdminApi.One).WithSummary("One announcement.");
        announcements.MapGet("/{id}/preview", AnnouncementAdminApi.Preview).WithSummary("The announcement's preview.");
        announcements.MapPost("/{id}/send", AnnouncementAdminApi.Send).WithSummary("Starts sending to the subscribers.");
        announcements.MapPost("/{id}/stop", AnnouncementAdminApi.Stop).WithSummary("Stops a sending under way.");
        announcements.MapPost("/{id}/resume", AnnouncementAdminApi.Resume).WithSummary("Resumes a stopped sending.");
        return admin;
    }
}
