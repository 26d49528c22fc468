using ChatBot.Core.Knowledge;
using ChatBot.Nlu;
using ChatBot.Nlu.Intents;
using ChatBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Nlu;

/// <summary>The service's model is ready to answer when start-up ends, so the first message does not make its engine.</summary>
public sealed class ModelWarmUpTests
{
    [Fact]
    public void TheServicesModelHasMadeItsFirstPredictionEngineBeforeAnyMessage()
    {
        using var services = new ServiceCollection()
            .AddSingleton<KnowledgeBase>(SharedModel.Knowledge)
            .AddNlu(_ => SharedModelCache.Folder)
            .BuildServiceProvider();

        var model = services.GetRequiredService<IntentModel>();

        Assert.Equal(1, model.EnginesMade);
    }

    [Fact]
    public void TheWarmEngineServesTheFirstMessageWithoutAnother()
    {
        using var services = new ServiceCollection()
            .AddSingleton<KnowledgeBase>(SharedModel.Knowledge)
            .AddNlu(_ => SharedModelCache.Folder)
            .BuildServiceProvider();
        var model = services.GetRequiredService<IntentModel>();

        model.Classify("как открыть ип");

        Assert.Equal(1, model.EnginesMade);
    }
}
