using ChatBot.Core.Reports;
using ChatBot.Http;
using ChatBot.Operators.Api;

namespace ChatBot.Host.Reports;

/// <summary>
/// GET /api/operator/admin/reports?period=2026-11&amp;format=html|xlsx|csv|json|pdf: the funder's report for the
/// console's "Отчёты" page, admins only (the admin group's rule). The HTML comes inline, to be shown in the page;
/// the others as downloads named after the period. A bad period or format is a 400 problem with the reason.
/// </summary>
public static class ReportAdminApi
{
    public static AdminRoutes MapReportAdmin(this AdminRoutes admin)
    {
        admin.MapGet("/reports", GetAsync).WithSummary("The funder's report for ?period= (2026-11, 2026-Q4, 2026) as ?format= html, xlsx, csv, json or pdf.");
        return admin;
    }

    private static async Task<IResult> GetAsync(
        string? period, string? format, HttpContext context, IServiceProvider services, IEnumerable<IReportRenderer> renderers)
    {
        if (string.IsNullOrWhiteSpace(period))
        {
            return HttpProblem.BadRequest("period is required: 2026-11, 2026-Q4 or 2026");
        }

        if (ReportPeriodParser.Parse(period.Trim(), out var error) is not { } parsed)
        {
            return HttpProblem.BadRequest(error);
        }

        var available = renderers.ToList();
        var renderer = available.FirstOrDefault(r => string.Equals(r.Format, format?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (renderer is null)
        {
            return HttpProblem.BadRequest($"format must be one of {string.Join(", ", available.Select(r => r.Format))}");
        }

        if (services.GetService<BuildReport>() is not { } build)
        {
            return HttpProblem.Of(StatusCodes.Status503ServiceUnavailable, "the report builder is not registered in this host");
        }

        // The workbook carries the sessions' rows, so that every total in it can be checked; the other formats the totals.
        var report = build(parsed, full: false, renderer.Format == "xlsx" ? ReportDrillDown.Sessions : ReportDrillDown.None);
        using var body = new MemoryStream();
        try
        {
            await renderer.RenderAsync(report, body, context.RequestAborted);
        }
        catch (Pdf.ChromiumMissingException e)
        {
            return HttpProblem.Of(StatusCodes.Status501NotImplemented, e.Message);
        }

        var name = $"report-{parsed.Label}{renderer.Extension}";
        if (renderer.Format == "html")
        {
            // Shown in a sandboxed frame of the console: its own inline styles and images, nothing else, no script.
            context.Response.Headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";
            context.Response.Headers.ContentDisposition = $"inline; filename=\"{name}\"";
            return TypedResults.Bytes(body.ToArray(), renderer.ContentType);
        }

        return TypedResults.File(body.ToArray(), renderer.ContentType, name);
    }
}
