namespace ChatBot.Core.Applications;

/// <summary>The statuses as the API, the console and the reports name them: new, assigned, waiting, answered, closed.</summary>
public static class ApplicationStatusCodes
{
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<ApplicationStatus>().Select(Code).ToList();

    public static string Code(this ApplicationStatus status) => status switch
    {
        ApplicationStatus.WaitingForEntrepreneur => "waiting",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static ApplicationStatus? Parse(string? code) =>
        Enum.GetValues<ApplicationStatus>().Where(s => string.Equals(Code(s), code, StringComparison.OrdinalIgnoreCase)).Select(s => (ApplicationStatus?)s).FirstOrDefault();
}
