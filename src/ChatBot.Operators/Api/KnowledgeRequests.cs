namespace ChatBot.Operators.Api;

public sealed record LocalizedBody(string? Ru, string? Kk);

public sealed record LinkBody(string? Url, LocalizedBody? Title);

public sealed record QuestionsBody(IReadOnlyList<string>? Ru, IReadOnlyList<string>? Kk);

/// <summary>A topic as the console edits it; dates as YYYY-MM-DD.</summary>
public sealed record TopicBody(
    string? Category,
    LocalizedBody? Title,
    LocalizedBody? Answer,
    LocalizedBody? Short,
    IReadOnlyList<LinkBody>? Links,
    string? AsOf,
    string? ReviewBy,
    QuestionsBody? Questions,
    IReadOnlyList<string>? Related);

public sealed record PhrasingRequest(string? Language, string? Text);
