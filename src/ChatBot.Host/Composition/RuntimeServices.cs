using ChatBot.Core.Engine;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Storage;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Host.Composition;

/// <summary>The parts of the one <see cref="BotRuntime"/> as services, for the channels that need them.</summary>
public static class RuntimeServices
{
    public static IServiceCollection AddBotRuntimeParts(this IServiceCollection services) => services
        .AddSingleton(sp => sp.GetRequiredService<BotRuntime>().Engine)
        .AddSingleton(sp => sp.GetRequiredService<BotRuntime>().Knowledge)
        .AddSingleton(sp => sp.GetRequiredService<BotRuntime>().Store)
        .AddSingleton(sp => sp.GetRequiredService<BotRuntime>().Outbox)
        .AddSingleton(sp => sp.GetRequiredService<BotRuntime>().Database);
}
