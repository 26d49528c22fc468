namespace ChatBot.Core.Engine.Trainings;

/// <summary>
/// <c>/start training_ID</c> (or <c>course_ID</c>): a link on the portal or in a newsletter opens that training's
/// details in Telegram; <c>/start topic_ID</c> opens the list of a topic's trainings. Deep-link payloads allow only
/// A-Z a-z 0-9 _ -, which catalogue ids keep to.
/// </summary>
public static class TrainingDeepLinks
{
    private static readonly string[] Prefixes = ["training_", "course_"];

    private const string TopicPrefix = "topic_";

    public static string Of(string trainingId) => Prefixes[0] + trainingId;

    public static string OfTopic(string topicId) => TopicPrefix + topicId;

    public static bool TryTopic(string argument, out string topicId)
    {
        topicId = argument.StartsWith(TopicPrefix, StringComparison.OrdinalIgnoreCase) ? argument[TopicPrefix.Length..].Trim() : "";
        return topicId.Length > 0;
    }

    public static bool TryId(string argument, out string trainingId)
    {
        var prefix = Prefixes.FirstOrDefault(p => argument.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        trainingId = prefix is null ? "" : argument[prefix.Length..].Trim();
        return trainingId.Length > 0;
    }
}
