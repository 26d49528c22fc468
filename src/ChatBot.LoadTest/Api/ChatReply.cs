namespace ChatBot.LoadTest.Api;

/// <summary>One of the bot's replies, as much of it as a visitor reads: the text and the buttons under it.</summary>
public sealed record ChatReply(string Text, IReadOnlyList<ChatButton> Buttons);

public sealed record ChatButton(string Title, string Payload);
