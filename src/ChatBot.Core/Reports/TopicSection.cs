namespace ChatBot.Core.Reports;

/// <summary>The topics answered most often: sessions in which each was answered, most first, then by topic.</summary>
public sealed record TopicSection(IReadOnlyList<KeyCount> Top);
