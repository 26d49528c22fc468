using ChatBot.Core.Conversations;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;
using ChatBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Reports;

/// <summary>/forget leaves the events the report counts erasure requests and their completion by, which the erasure itself keeps.</summary>
public sealed class ErasureEventsTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task AConfirmedForgetIsRecordedAsARequestAndItsCompletion()
    {
        await _bot.Conversation()
            .Send("/forget").AssertText(TextKeys.ForgetConfirmPrompt, Language.Ru)
            .Send("да").AssertText(TextKeys.ForgetDone, Language.Ru)
            .StartTestAsync();

        Assert.Equal([AnalyticsEventTypes.ErasureRequested, AnalyticsEventTypes.ErasureDone], ErasureEvents());
    }

    [Fact]
    public async Task ADeclinedForgetIsARequestWithoutCompletion()
    {
        await _bot.Conversation()
            .Send("/forget").AssertText(TextKeys.ForgetConfirmPrompt, Language.Ru)
            .Send("нет").AssertText(TextKeys.ForgetCancelled, Language.Ru)
            .StartTestAsync();

        Assert.Equal([AnalyticsEventTypes.ErasureRequested], ErasureEvents());
    }

    private IEnumerable<string> ErasureEvents() => _bot.Services.GetRequiredService<IAnalyticsEvents>()
        .Between(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, [AnalyticsEventTypes.ErasureRequested, AnalyticsEventTypes.ErasureDone])
        .Select(e => e.Type);
}
