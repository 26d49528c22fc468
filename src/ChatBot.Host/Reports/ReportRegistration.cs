using ChatBot.Core.Reports;
using ChatBot.Host.Composition;
using ChatBot.Host.Reports.Html;
using ChatBot.Host.Reports.Pdf;
using ChatBot.Host.Reports.Xlsx;

namespace ChatBot.Host.Reports;

/// <summary>The renderers of html, xlsx and pdf beside the JSON and CSV ones, and in the web host the monthly job.</summary>
internal static class ReportRegistration
{
    public static IServiceCollection AddReportRenderers(this IServiceCollection services) => services
        .AddSingleton<IReportRenderer, HtmlReportRenderer>()
        .AddSingleton<IReportRenderer, XlsxReportRenderer>()
        .AddSingleton<IReportRenderer, PdfReportRenderer>();

    /// <summary>The job runs where a <see cref="BuildReport"/> is registered (the report builder's); elsewhere it stays idle.</summary>
    public static IServiceCollection AddMonthlyReport(this IServiceCollection services) => services
        .AddSingleton(sp => new MonthlyReportFiles(
            sp.GetService<BuildReport>(),
            sp.GetServices<IReportRenderer>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<DataFolderLock>().DataDir))
        .AddHostedService<MonthlyReport>();
}
