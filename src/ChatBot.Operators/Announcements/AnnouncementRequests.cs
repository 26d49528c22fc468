namespace ChatBot.Operators.Announcements;

public sealed record AnnouncementRequest(string? TextRu, string? TextKk, IReadOnlyList<string>? Topics, IReadOnlyList<string>? Channels, string? Survey);
