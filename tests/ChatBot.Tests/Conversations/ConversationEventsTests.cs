using ChatBot.Core.Conversations;

namespace ChatBot.Tests.Conversations;

/// <summary>The one bus: a listener of one conversation wakes at its next change, a listener of all gets what it asked for.</summary>
public sealed class ConversationEventsTests
{
    private readonly ConversationEvents _signals = new();

    [Fact]
    public void ANotificationWakesEveryListenerOfItsConversationOnly()
    {
        using var first = _signals.Listen("web:a");
        using var second = _signals.Listen("web:a");
        using var other = _signals.Listen("web:b");

        _signals.Notify("web:a");

        Assert.True(first.Fired.IsCompleted);
        Assert.True(second.Fired.IsCompleted);
        Assert.False(other.Fired.IsCompleted);
    }

    [Fact]
    public void AListenerTakenAfterANotificationWaitsForTheNextOne()
    {
        _signals.Notify("web:a");
        using var listener = _signals.Listen("web:a");

        Assert.False(listener.Fired.IsCompleted);
        _signals.Notify("web:a");
        Assert.True(listener.Fired.IsCompleted);
    }

    [Fact]
    public void AConversationIsForgottenWhenItsLastListenerLeaves()
    {
        var first = _signals.Listen("web:a");
        var second = _signals.Listen("web:a");

        first.Dispose();
        first.Dispose();
        Assert.Equal(1, _signals.ListenedConversations);
        second.Dispose();
        Assert.Equal(0, _signals.ListenedConversations);
    }

    [Fact]
    public void AnyChangeOfTheConversationWakesItsListener()
    {
        using var listener = _signals.Listen("web:a");

        _signals.Publish("web:a", ConversationChange.Handoff);

        Assert.True(listener.Fired.IsCompleted);
    }

    [Fact]
    public void AListenerOfAllConversationsGetsInOrderTheChangesItKeeps()
    {
        using var console = _signals.ListenAll(e => e.Change == ConversationChange.Handoff);
        using var everything = _signals.ListenAll();

        _signals.Publish("web:a", ConversationChange.Handoff);
        _signals.Notify("telegram:1");
        _signals.Publish("telegram:1", ConversationChange.Handoff);

        Assert.Equal(
            [new ConversationEvent("web:a", ConversationChange.Handoff), new ConversationEvent("telegram:1", ConversationChange.Handoff)],
            Drain(console));
        Assert.Equal(3, Drain(everything).Count);
    }

    [Fact]
    public void ASubscriptionDisposedGetsNothingMore()
    {
        var subscription = _signals.ListenAll();
        subscription.Dispose();

        _signals.Notify("web:a");

        Assert.Empty(Drain(subscription));
    }

    [Fact]
    public void ASlowListenerKeepsTheNewestChanges()
    {
        using var slow = _signals.ListenAll();

        for (var i = 0; i < 1000; i++)
        {
            _signals.Notify("web:" + i);
        }

        var kept = Drain(slow);
        Assert.InRange(kept.Count, 1, 999);
        Assert.Equal("web:999", kept[^1].ConversationId);
    }

    private static List<ConversationEvent> Drain(ConversationEvents.Subscription subscription)
    {
        var changes = new List<ConversationEvent>();
        while (subscription.Reader.TryRead(out var change))
        {
            changes.Add(change);
        }

        return changes;
    }
}
