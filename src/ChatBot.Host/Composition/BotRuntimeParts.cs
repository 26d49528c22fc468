using ChatBot.Core.Engine;
using ChatBot.Core.Storage;

namespace ChatBot.Host.Composition;

/// <summary>The parts of the <see cref="BotRuntime"/> that channels take from the container.</summary>
public static class BotRuntimeParts
{
    public static IServiceCollection AddBotRuntimeParts(this IServiceCollection services) => services
        .AddSingleton<ConversationEngine>(sp => sp.GetRequiredService<BotRuntime>().Engine)
        .AddSingleton<IConversationStore>(sp => sp.GetRequiredService<BotRuntime>().Store)
        .AddSingleton<IOutbox>(sp => sp.GetRequiredService<BotRuntime>().Outbox)
        .AddSingleton<IBlockedChats>(sp => sp.GetRequiredService<BotRuntime>().BlockedChats);
}
