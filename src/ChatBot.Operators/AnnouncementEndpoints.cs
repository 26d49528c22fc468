using ChatBot.Operators.Announcements;
using ChatBot.Operators.Api;

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
        announcements.MapGet("", AnnouncementAdminApi.All);
        announcements.MapGet("/figures", AnnouncementAdminApi.Figures);
        announcements.MapPost("", AnnouncementAdminApi.Create);
        announcements.MapPost("/preview", AnnouncementAdminApi.PreviewDraft);
        announcements.MapGet("/{id}", AnnouncementAdminApi.One);
        announcements.MapGet("/{id}/preview", AnnouncementAdminApi.Preview);
        announcements.MapPost("/{id}/send", AnnouncementAdminApi.Send);
        announcements.MapPost("/{id}/stop", AnnouncementAdminApi.Stop);
        announcements.MapPost("/{id}/resume", AnnouncementAdminApi.Resume);
        return admin;
    }
}
