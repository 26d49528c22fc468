using ChatBot.Core.Conversations;
using ChatBot.Core.Inbox;

namespace ChatBot.Tests.Inbox;

/// <summary>Inbox items as the turns write them, numbered in the order made.</summary>
internal static class InboxItems
{
    private static long _next;

    public static readonly DateTimeOffset At = new(2026, 3, 2, 5, 0, 0, TimeSpan.Zero);

    public static UnansweredQuestion Item(string text, string language = "ru", InboxSignal signal = InboxSignal.NotUnderstood, string? topic = null) => new()
    {
        Id = Interlocked.Increment(ref _next),
        ConversationId = "test:" + _next,
        Text = text,
        Language = language,
        Signal = signal,
        Topic = topic,
        At = At.AddMinutes(_next),
    };
}
