using ChatBot.Host.Backups;

namespace ChatBot.Host.Composition;

/// <summary>The <c>ChatBot:*</c> configuration section.</summary>
public sealed class ChatBotOptions
{
    public const string Section = "ChatBot";

    /// <summary>Where the database, its key and the trained models live (<c>ChatBot__DataDir</c>); relative to the working directory.</summary>
    public string DataDir { get; set; } = "./data";

    /// <summary>The knowledge base; empty means ./knowledge if present, else the copy shipped beside the program.</summary>
    public string? KnowledgeDir { get; set; }

    /// <summary>The flows (dialogs/*.yaml); empty means ./dialogs if present, else the copy shipped beside the program.</summary>
    public string? DialogsDir { get; set; }

    /// <summary>Where trained models are cached; empty means DataDir/models. Tests share one to train once.</summary>
    public string? ModelDir { get; set; }

    /// <summary>The database password; empty means a key file generated in the data folder.</summary>
    public string? DatabasePassword { get; set; }

    /// <summary>When operators answer (<c>ChatBot:WorkingHours:*</c>); outside them requests are queued.</summary>
    public ChatBot.Core.Handoff.WorkingHours WorkingHours { get; set; } = new();

    /// <summary>Applications' service levels per kind (<c>ChatBot:Applications:ServiceLevels:{kind}:*</c>), in business hours.</summary>
    public ChatBot.Core.Applications.ApplicationSettings Applications { get; set; } = new();

    /// <summary>The daily backup (<c>ChatBot:Backup:*</c>).</summary>
    public BackupOptions Backup { get; set; } = new();

    /// <summary>How long personal data is kept before the daily retention run anonymises it (<c>ChatBot:Retention:*</c>).</summary>
    public ChatBot.Core.Privacy.RetentionPeriods Retention { get; set; } = new();

    /// <summary>The editors' live knowledge (<c>ChatBot:Editing:*</c>).</summary>
    public EditingOptions Editing { get; set; } = new();

    /// <summary>The funder's report: organisation, logo and targets (<c>ChatBot:Reports:*</c>).</summary>
    public ChatBot.Core.Reports.ReportOptions Reports { get; set; } = new();

    /// <summary>What is wrong with the settings, each naming its key; the data folder itself is <see cref="DataFolder"/>'s to check.</summary>
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(DataDir))
        {
            yield return "ChatBot:DataDir is empty: it names the folder of the database (./data by default)";
        }

        if (!WorkingHours.IsValid(out var hoursProblem))
        {
            yield return hoursProblem;
        }

        if (Applications.Problem() is { } applicationsProblem)
        {
            yield return applicationsProblem;
        }

        foreach (var problem in Backup.Problems().Concat(Retention.Problems()).Concat(Editing.Problems()).Concat(Reports.Problems()))
        {
            yield return problem;
        }
    }

    public string ResolveModelDir() =>
        string.IsNullOrWhiteSpace(ModelDir) ? Path.Combine(Path.GetFullPath(DataDir), "models") : ModelDir;

    public string ResolveKnowledgeDir() => ResolveDataFolder(KnowledgeDir, "knowledge");

    public string ResolveDialogsDir() => ResolveDataFolder(DialogsDir, "dialogs");

    private static string ResolveDataFolder(string? configured, string name)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var local = Path.Combine(Directory.GetCurrentDirectory(), name);
        return Directory.Exists(local) ? local : Path.Combine(AppContext.BaseDirectory, name);
    }
}
