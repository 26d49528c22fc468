using ChatBot.Core.Engine;
using ChatBot.Core.Knowledge;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Host.Composition;

/// <summary>The parts of the one <see cref="BotRuntime"/> as services, for the channels that need them.</summary>
public static class BotRuntimeParts
{
    public static IServiceCollection AddBotRuntimeParts(this IServiceCollection services) => services
        .AddSingleton<ConversationEngine>(sp => sp.GetRequiredService<BotRuntime>().Engine)
        .AddSingleton<KnowledgeBase>(sp => sp.GetRequiredService<BotRuntime>().Knowledge)
        .AddLiteDbStorage(sp => sp.GetRequiredService<BotRuntime>().Database)
        .AddSingleton<ChatBot.Core.Handoff.HandoffSignals>(sp => sp.GetRequiredService<BotRuntime>().HandoffSignals)
        .AddSingleton<ChatBot.Core.Handoff.OperatorPresence>(sp => sp.GetRequiredService<BotRuntime>().OperatorPresence)
        .AddSingleton<ChatBot.Core.Handoff.WorkingHours>(sp => sp.GetRequiredService<BotRuntime>().WorkingHours);
}
