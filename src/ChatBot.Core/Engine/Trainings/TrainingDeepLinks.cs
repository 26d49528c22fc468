namespace ChatBot.Core.Engine.Trainings;

/// <summary>
/// <c>/start training_ID</c> (or <c>course_ID</c>): a link on the portal or in a newsletter opens that training's
/// details in Telegram. Deep-link payloads allow only A-Z a-z 0-9 _ -, which catalogue ids keep to.
/// </summary>
public static class TrainingDeepLinks
{
    private static readonly string[] Prefixes = ["training_", "course_"];

    public static string Of(string trainingId) => Prefixes[0] + trainingId;

    public static bool TryId(string argument, out string trainingId)
    {
        var prefix = Prefixes.FirstOrDefault(p => argument.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        trainingId = prefix is null ? "" : argument[prefix.Length..].Trim();
        return trainingId.Length > 0;
    }
}
