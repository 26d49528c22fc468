namespace ChatBot.Core.Reports;

/// <summary>
/// Whether the advice was current. At the time of the report (the header's generation time, in Almaty time): the topics past their review-by date (still answered,
/// flagged to the editors), the most overdue first. In the period: the answers given from a topic, and how many of
/// them came from a topic that was past its review-by date on the day it answered, by topic.
/// </summary>
public sealed record KnowledgeReviewSection(
    IReadOnlyList<TopicReview> PastReviewNow,
    int Answers,
    int AnswersPastReview,
    IReadOnlyList<KeyCount> AnswersPastReviewByTopic);

/// <summary>A topic and the day by which an editor should have checked it.</summary>
public sealed record TopicReview(string Topic, DateOnly ReviewBy);
