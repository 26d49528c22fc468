using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;
using ChatBot.Testing;

namespace ChatBot.Tests.Web;

/// <summary>Web:Events:PollSeconds set: a stream also looks into the store that often, for changes nobody published.</summary>
public sealed class EventStreamPollTests
{
    [Fact]
    public async Task AMessageCommittedWithoutANotificationArrivesAtTheNextLook()
    {
        using var host = new WebChatHost(0, 0, ("Web:Events:PollSeconds", "60"));
        var chat = host.Chat();
        var started = await chat.StartAsync();
        using var events = await chat.OpenEventsAsync(started);
        var desk = new OperatorDesk(host.Service<IConversationStore>(), host.Service<IConversationNotifier>(), host.Time);

        desk.Say(started.ConversationId, "записано другим путём", notify: false);
        var next = events.NextAsync();
        while (!next.IsCompleted)
        {
            host.Time.Advance(TimeSpan.FromSeconds(5));
            await Task.WhenAny(next, Task.Delay(20));
        }

        Assert.Equal("записано другим путём", (await next).Message.Text);
    }
}
