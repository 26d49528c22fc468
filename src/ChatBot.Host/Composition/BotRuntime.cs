using ChatBot.Core.Engine;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Storage;
using ChatBot.Knowledge.Dialogs;
using ChatBot.Knowledge.Loading;
using ChatBot.Nlu.Intents;
using ChatBot.Nlu.Languages;
using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Logging;

namespace ChatBot.Host.Composition;

/// <summary>
/// Everything a running bot is made of, built in order: knowledge (refusing to start on errors),
/// the database, the intent model (from the cache or trained), the engine.
/// </summary>
public sealed class BotRuntime : IDisposable
{
    private readonly ChatBotDatabase _database;

    private BotRuntime(KnowledgeBase knowledge, ChatBotDatabase database, IntentModel model, ConversationEngine engine, FlowServices flows)
    {
        Flows = flows;
        Knowledge = knowledge;
        _database = database;
        Model = model;
        Engine = engine;
        Store = new LiteConversationStore(database);
        Outbox = new LiteOutbox(database);
        Unanswered = new LiteUnansweredQuestions(database);
        BlockedChats = new LiteBlockedChats(database);
    }

    public KnowledgeBase Knowledge { get; }

    /// <summary>The open database file, for stores of other features that live in it.</summary>
    public ChatBotDatabase Database => _database;

    public IntentModel Model { get; }

    public ConversationEngine Engine { get; }

    public IConversationStore Store { get; }

    /// <summary>The flows of dialogs/ and their stored responses.</summary>
    public FlowServices Flows { get; }

    public IOutbox Outbox { get; }

    public IUnansweredQuestions Unanswered { get; }

    public IBlockedChats BlockedChats { get; }

    /// <summary>Raised when a conversation waiting for or held by an operator changes; the console listens.</summary>
    public HandoffSignals HandoffSignals { get; private init; } = new();

    public OperatorPresence OperatorPresence { get; private init; } = new();

    public WorkingHours WorkingHours { get; private init; } = new();

    /// <summary>The training catalogue, enrollments and trainees.</summary>
    public ChatBot.Host.Trainings.TrainingRuntime Trainings { get; private init; } = null!;

    public static BotRuntime Start(ChatBotOptions options, TimeProvider time, ILogger logger)
    {
        var knowledge = LoadKnowledge(options.ResolveKnowledgeDir());
        var catalog = LoadDialogs(options.ResolveDialogsDir(), knowledge);
        var dataDir = Path.GetFullPath(options.DataDir);
        var (password, generated) = DatabasePassword.Resolve(options.DatabasePassword, dataDir);
        if (generated)
        {
            logger.LogWarning(
                "No ChatBot:DatabasePassword configured: generated a key into {KeyFile} (owner-only). Keep it: the database cannot be read without it.",
                Path.Combine(dataDir, DatabasePassword.KeyFileName));
        }

        var database = new ChatBotDatabase(Path.Combine(dataDir, ChatBotDatabase.FileName), password, logger);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var (model, fromCache) = new ModelCache(options.ResolveModelDir()).LoadOrTrain(KnowledgeExamples.From(knowledge));
        logger.LogInformation(
            "Intent model {How} in {Seconds:0.0} s: {Intents} intents",
            fromCache ? "loaded from the cache" : "trained",
            started.Elapsed.TotalSeconds,
            model.Labels.Count);
        if (!options.WorkingHours.IsValid(out var hoursProblem))
        {
            throw new FormatException(hoursProblem);
        }

        var flows = new FlowServices(catalog, new LiteFlowResponses(database), new LiteCampaigns(database));
        var trainings = ChatBot.Host.Trainings.TrainingRuntime.Open(database, knowledge, options.ResolveKnowledgeDir(), time);
        var signals = new HandoffSignals();
        var presence = new OperatorPresence();
        var desk = new HandoffDesk(options.WorkingHours, new LiteHandoffLog(database), signals, presence);
        var engine = new ConversationEngine(
            knowledge, new LiteConversationStore(database), model, LanguageDetector.TrainedOn(knowledge), time, flows, desk, trainings.Services);
        return new BotRuntime(knowledge, database, model, engine, flows) { HandoffSignals = signals, OperatorPresence = presence, WorkingHours = options.WorkingHours, Trainings = trainings };
    }

    /// <summary>Loads and validates knowledge/; errors stop start-up with every <c>file:line</c>.</summary>
    public static KnowledgeBase LoadKnowledge(string knowledgeDir)
    {
        var result = KnowledgeLoader.Load(knowledgeDir);
        return result.Knowledge ?? throw new KnowledgeInvalidException(result.Errors);
    }

    /// <summary>Loads and validates dialogs/ against the knowledge base; errors stop start-up like knowledge errors.</summary>
    public static FlowCatalog LoadDialogs(string dialogsDir, KnowledgeBase knowledge)
    {
        var result = DialogLoader.Load(dialogsDir, knowledge.Intents.Select(i => i.Id).ToHashSet());
        return result.Catalog ?? throw new KnowledgeInvalidException(result.Errors);
    }

    public void Dispose() => _database.Dispose();
}

public sealed class KnowledgeInvalidException(IReadOnlyList<LoadError> errors)
    : Exception("the knowledge base or the dialogs have errors:\n" + string.Join('\n', errors))
{
    public IReadOnlyList<LoadError> Errors { get; } = errors;
}
