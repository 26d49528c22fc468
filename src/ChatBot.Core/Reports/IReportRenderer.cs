namespace ChatBot.Core.Reports;

/// <summary>Lays a report out in one format (json, csv, html, xlsx, pdf); registered in DI and picked by <see cref="Format"/>.</summary>
public interface IReportRenderer
{
    /// <summary>The format's name as the command line and the console spell it, lower case.</summary>
    string Format { get; }

    string ContentType { get; }

    /// <summary>The file name's ending, with its dot.</summary>
    string Extension { get; }

    Task RenderAsync(FunderReport report, Stream output, CancellationToken cancellationToken = default);
}
