using ChatBot.Core.Conversations;
using ChatBot.Core.Engine;
using ChatBot.Core.Flows;
using ChatBot.Core.Messages;
using ChatBot.Core.Trainings;

namespace ChatBot.Resilience.Tests.Fuzz;

/// <summary>
/// One fuzzed conversation: valid answers take it to its position (a step of a flow, a returning user's review, or
/// outside any flow), then generated texts and forged payloads aimed at wherever it is now, some sent again under the
/// same message id; at the end <c>/cancel</c> and <c>/help</c> must get the help text.
/// </summary>
internal sealed class FuzzWalk
{
    private const int LongestWalk = 60;

    private readonly EngineFuzzer _fuzzer;
    private readonly FuzzPosition _position;
    private readonly int _walk;
    private readonly Random _random;
    private readonly FuzzText _text;
    private readonly ForgedPayloads _payloads;
    private readonly string _chat;
    private int _messages;

    public FuzzWalk(EngineFuzzer fuzzer, FuzzPosition position, int walk)
    {
        _fuzzer = fuzzer;
        _position = position;
        _walk = walk;
        _random = new Random(unchecked(fuzzer.Seed + walk * 7919));
        _text = new FuzzText(_random, fuzzer.RealTexts);
        _payloads = new ForgedPayloads(_random, _text, fuzzer.Flows, fuzzer.Intents, fuzzer.Bot.Knowledge.Categories);
        _chat = "w" + walk;
    }

    private string ConversationId => ConversationIds.Of(EngineFuzzer.Channel, _chat);

    private FlowState? State => _fuzzer.Bot.Store.Find(ConversationId)?.Flow;

    public async Task RunAsync(int inputs)
    {
        await ReachAsync();
        IReadOnlyList<string> enrollments = [.. _fuzzer.Bot.Enrollments.OfConversation(ConversationId).Select(e => e.Id), "no-such-enrollment"];
        for (var i = 0; i < inputs; i++)
        {
            var (text, payload) = NextInput(enrollments);
            _fuzzer.CountInput();
            await SendAsync(text, payload, repeatId: _random.Next(25) == 0);
        }

        await SendAsync("/cancel", null);
        var help = await SendAsync("/help", null);
        if (help.Replies.LastOrDefault()?.Message.Text.Trim() is not { } last || !_fuzzer.Help.Contains(last))
        {
            throw _fuzzer.Failure(_position, _walk, Message("/help", null), "after the inputs, /help was not answered with the help text");
        }
    }

    private (string? Text, string? Payload) NextInput(IReadOnlyList<string> enrollments)
    {
        if (_random.Next(2) == 0)
        {
            return (_text.Next(), null);
        }

        var state = State;
        var flow = state is null ? null : _fuzzer.Flows.Find(state.FlowId);
        return (null, _payloads.Next(flow, flow?.Step(state!.StepId), [EngineFuzzer.FirstTraining, EngineFuzzer.SecondTraining, "no-such-training"], enrollments));
    }

    private async Task ReachAsync()
    {
        await SendAsync("/start", null);
        if (_position.Flow is not { } flow)
        {
            return;
        }

        await StartAsync(flow, EngineFuzzer.FirstTraining);
        if (_position.Returning)
        {
            await WalkAsync(until: _ => false);
            await StartAsync(flow, EngineFuzzer.SecondTraining);
            Assert.True(State?.Reviewing, $"{_position}: a returning user was not offered the known answers");
            return;
        }

        await WalkAsync(until: state => state.StepId == _position.StepId && !state.Reviewing);
        Assert.True(State?.StepId == _position.StepId, $"{_position}: valid answers did not reach the step");
    }

    // The enrollment form starts from a training's button; every other form from its own start payload.
    private Task StartAsync(FlowDefinition flow, string training) =>
        SendAsync(null, flow.OnComplete == Core.Engine.Trainings.EnrollmentFlowAction.ActionName ? TrainingPayloads.Enroll(training) : FlowPayloads.Start(flow.Id));

    /// <summary>Answers validly until <paramref name="until"/> holds or the flow ends.</summary>
    private async Task WalkAsync(Func<FlowState, bool> until)
    {
        for (var turn = 0; State is { } state && !until(state); turn++)
        {
            Assert.True(turn < LongestWalk, $"{_position}: the walk did not end after {LongestWalk} answers");
            var (text, payload) = state.Reviewing
                ? (null, FlowPayloads.KnownUse)
                : ValidAnswers.For(_fuzzer.Flows.Find(state.FlowId)!.Step(state.StepId)!, state);
            await SendAsync(text, payload);
        }
    }

    private Task<TurnOutcome> SendAsync(string? text, string? payload, bool repeatId = false)
    {
        if (!repeatId || _messages == 0)
        {
            _messages++;
        }

        return _fuzzer.SendAsync(Message(text, payload), _position, _walk);
    }

    private IncomingMessage Message(string? text, string? payload) =>
        new(EngineFuzzer.Channel, _chat, text, payload, "m" + _messages, _fuzzer.Bot.Time.GetUtcNow());
}
