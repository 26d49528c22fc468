namespace ChatBot.Core.Announcements;

/// <summary>What a subscriber may choose to hear about; each has a title in texts.yaml (<c>news_topic_&lt;id&gt;</c>).</summary>
public static class NewsTopics
{
    public const string Trainings = "trainings";
    public const string Support = "support";
    public const string Tax = "tax";
    public const string Surveys = "surveys";

    public static readonly IReadOnlyList<string> All = [Trainings, Support, Tax, Surveys];

    public static bool IsKnown(string topic) => All.Contains(topic);

    public static string TitleKey(string topic) => "news_topic_" + topic;
}
