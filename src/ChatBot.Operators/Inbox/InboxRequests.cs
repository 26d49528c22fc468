namespace ChatBot.Operators.Inbox;

/// <summary>One click on one row or many: the rows' item ids, the action, and what the action needs.</summary>
public sealed record InboxActRequest(string? Action, IReadOnlyList<long>? Ids, string? Topic, NewTopicRequest? NewTopic);

/// <summary>A topic started from inbox questions, in the knowledge files' terms; the questions join its phrasings.</summary>
public sealed record NewTopicRequest(
    string? Id,
    string? Category,
    TextPair? Title,
    TextPair? Answer,
    TextPair? Short,
    IReadOnlyList<LinkRequest>? Links,
    string? AsOf,
    string? ReviewBy,
    QuestionsRequest? Questions);

public sealed record TextPair(string? Ru, string? Kk);

public sealed record LinkRequest(string? Url, TextPair? Title);

public sealed record QuestionsRequest(IReadOnlyList<string>? Ru, IReadOnlyList<string>? Kk);
