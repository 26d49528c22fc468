using ChatBot.LoadTest.Api;
using ChatBot.LoadTest.Measuring;

namespace ChatBot.LoadTest.Users;

/// <summary>What every visitor has at hand: the API, the paced and timed turns, the tally, its own dice and the questions.</summary>
internal sealed class Visit(ChatApiClient client, TimedTurns turns, Recorder recorder, Random random, Questions questions, CancellationToken stop)
{
    public Recorder Recorder { get; } = recorder;

    public Random Random { get; } = random;

    public Questions Questions { get; } = questions;

    public CancellationToken Stop { get; } = stop;

    public Task<TurnResult> StartAsync(string language) =>
        turns.RunAsync(TurnKind.Start, () => client.StartAsync(language, CancellationToken.None), Stop);

    public Task<TurnResult> SayAsync(TurnKind kind, WebConversation conversation, string text) =>
        turns.RunAsync(kind, () => client.SayAsync(conversation, text, CancellationToken.None), Stop);

    public Task<TurnResult> PressAsync(TurnKind kind, WebConversation conversation, string payload) =>
        turns.RunAsync(kind, () => client.PressAsync(conversation, payload, CancellationToken.None), Stop);

    public T Pick<T>(IReadOnlyList<T> choices) => choices[Random.Next(choices.Count)];
}
