using ChatBot.Web.Events;

namespace ChatBot.Tests.Web;

public sealed class ConversationSignalsTests
{
    private readonly ConversationSignals _signals = new();

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
}
