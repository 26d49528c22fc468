using System.Text;
using ChatBot.Core.Conversations;
using ChatBot.Core.Engine;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Trainings;
using ChatBot.Testing;
using Xunit.Sdk;

namespace ChatBot.Resilience.Tests.Fuzz;

/// <summary>
/// Fuzzes one engine with many <see cref="FuzzWalk"/>s, two at a time on two cores. After every turn: no exception,
/// a reply unless an operator has the conversation, no empty text, every button one Telegram would accept, the flow
/// state pointing at a real step. Each walk draws from a generator of its own, seeded from the run's seed and its
/// number, so a seed replays every walk whatever order they ran in.
/// </summary>
internal sealed class EngineFuzzer
{
    public const string Channel = "fuzz";
    public const string FirstTraining = "fuzz-webinar";
    public const string SecondTraining = "fuzz-course";
    private const int TelegramCallbackBytes = 64;

    private int _inputs;
    private int _turns;

    public EngineFuzzer(TestBot bot, FlowCatalog flows, int seed)
    {
        Bot = bot;
        Flows = flows;
        Seed = seed;
        var knowledge = bot.Knowledge;
        var questions = knowledge.Intents.SelectMany(i => i.Questions.Values.SelectMany(q => q));
        var labels = flows.All.SelectMany(f => f.Steps).SelectMany(s => s.Options).Select(o => o.Label.Ru);
        RealTexts = [.. questions, .. labels];
        Intents = knowledge.Intents.Select(i => i.Id).ToList();
        Help = [knowledge.Texts.Get(TextKeys.Help, Language.Ru).Trim(), knowledge.Texts.Get(TextKeys.Help, Language.Kk).Trim()];
    }

    public TestBot Bot { get; }

    public FlowCatalog Flows { get; }

    public int Seed { get; }

    /// <summary>The knowledge base's questions and the flows' option labels, for the generator to send and mutate.</summary>
    public IReadOnlyList<string> RealTexts { get; }

    public IReadOnlyList<string> Intents { get; }

    /// <summary>The help text in both languages: what <c>/help</c> answers whatever the fuzz did to the conversation.</summary>
    public IReadOnlyList<string> Help { get; }

    /// <summary>Generated inputs sent so far.</summary>
    public int Inputs => _inputs;

    /// <summary>Every turn, the valid answers of the walks included.</summary>
    public int Turns => _turns;

    /// <summary>Puts the trainings the enrollment form needs in the catalogue: open, plenty of seats.</summary>
    public static void AddTrainings(TestBot bot)
    {
        var startsAt = bot.Time.GetUtcNow().AddDays(5);
        bot.TrainingCatalog.Save([Training(FirstTraining, startsAt), Training(SecondTraining, startsAt.AddDays(1))]);
    }

    /// <summary>Runs walk number <paramref name="walk"/> at every position in turn, <paramref name="walks"/> rounds, two walks at a time.</summary>
    public Task RunAsync(IReadOnlyList<FuzzPosition> positions, int walks, int inputsPerWalk) => Parallel.ForEachAsync(
        Enumerable.Range(0, walks * positions.Count),
        new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
        async (walk, _) => await new FuzzWalk(this, positions[walk % positions.Count], walk).RunAsync(inputsPerWalk));

    /// <summary>A new conversation asks a question of the knowledge base and gets an answer, as the first one did.</summary>
    public async Task AssertAFreshConversationIsAnsweredAsync(string question)
    {
        var outcome = await Bot.Engine.HandleAsync(new IncomingMessage(Channel, "afterwards", question, null, "m1", Bot.Time.GetUtcNow()));
        Assert.NotEmpty(outcome.Replies);
    }

    public void CountInput() => Interlocked.Increment(ref _inputs);

    /// <summary>Sends one message and checks what came back; the exception names the seed, the walk and the input.</summary>
    public async Task<TurnOutcome> SendAsync(IncomingMessage message, FuzzPosition position, int walk)
    {
        TurnOutcome outcome;
        try
        {
            outcome = await Bot.Engine.HandleAsync(message);
        }
        catch (Exception e)
        {
            throw Failure(position, walk, message, "the engine threw " + e);
        }

        Interlocked.Increment(ref _turns);
        if (Broken(outcome, message.ConversationId) is { } broken)
        {
            throw Failure(position, walk, message, broken);
        }

        return outcome;
    }

    public XunitException Failure(FuzzPosition position, int walk, IncomingMessage message, string what) => new(
        $"{what}\n  seed: {Seed}, walk {walk} ({RunSeed.Variable}={Seed} replays the run)\n  at: {position}\n"
        + $"  input: text {Printable.Of(message.Text)}, payload {Printable.Of(message.Payload)}");

    /// <summary>What is wrong with a turn's result, or null.</summary>
    private string? Broken(TurnOutcome outcome, string conversationId)
    {
        var conversation = Bot.Store.Find(conversationId);
        if (conversation?.Flow is { } state && Flows.Find(state.FlowId)?.Step(state.StepId) is null)
        {
            return $"the conversation is left at step '{state.StepId}' of flow '{state.FlowId}', which does not exist";
        }

        if (outcome.Duplicate)
        {
            return null;
        }

        if (outcome.Replies.Count == 0 && conversation?.Mode is null or ConversationMode.Bot)
        {
            return "no reply, and no operator has the conversation";
        }

        foreach (var reply in outcome.Replies.Select(r => r.Message))
        {
            if (string.IsNullOrWhiteSpace(reply.Text))
            {
                return "a reply without text";
            }

            if (reply.Buttons.FirstOrDefault(b => string.IsNullOrWhiteSpace(b.Title) || Encoding.UTF8.GetByteCount(b.Payload) is 0 or > TelegramCallbackBytes) is { } button)
            {
                return $"a button Telegram refuses: {Printable.Of(button.Title)} → {Printable.Of(button.Payload)}";
            }
        }

        return null;
    }

    private static Training Training(string id, DateTimeOffset startsAt) => new()
    {
        Id = id,
        Title = new LocalizedText("Налоги для ИП: " + id, "ЖК үшін салықтар: " + id),
        Description = new LocalizedText("Разберём форму 910.", "910 нысанын талдаймыз."),
        Format = TrainingFormat.Webinar,
        Topic = new TrainingTopic("taxes", new LocalizedText("Налоги", "Салықтар")),
        Language = TrainingLanguage.Ru,
        StartsAt = startsAt,
        DurationMinutes = 90,
        OnlineLink = "https://meet.example.org/" + id,
        Capacity = 100_000,
        RegistrationDeadline = startsAt.AddHours(-1),
        Status = TrainingStatus.Open,
    };
}
