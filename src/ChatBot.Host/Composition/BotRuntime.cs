using ChatBot.Core.Conversations;
using ChatBot.Core.Editing;
using ChatBot.Core.Engine;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Storage;
using ChatBot.Core.Understanding;
using ChatBot.Host.Editing;
using ChatBot.Host.Trainings;
using ChatBot.Knowledge.Dialogs;
using ChatBot.Knowledge.Loading;
using ChatBot.Nlu.Intents;
using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Composition;

/// <summary>
/// A started bot, over the services of <see cref="ChatBotServices.AddChatBot"/>. Made, it has loaded knowledge
/// (refusing to start on errors), then the intent model (from the cache or trained) beside the database, the sample
/// trainings of a new installation and the language detector, then the engine.
/// </summary>
public sealed class BotRuntime : IDisposable
{
    private readonly IServiceProvider _services;
    private readonly ServiceProvider? _owned;

    public BotRuntime(IServiceProvider services, IOptions<ChatBotOptions> options, TimeProvider time)
        : this(services, options.Value, time, owned: null)
    {
    }

    private BotRuntime(IServiceProvider services, ChatBotOptions options, TimeProvider time, ServiceProvider? owned)
    {
        _services = services;
        _owned = owned;

        // Relative folders depend on where the program was started: say which ones this run uses.
        services.GetService<ILoggerFactory>()?.CreateLogger("ChatBot").LogInformation(
            "Data in {DataDir}; knowledge from {KnowledgeDir}; dialogs from {DialogsDir}",
            Path.GetFullPath(options.DataDir),
            Path.GetFullPath(options.ResolveKnowledgeDir()),
            Path.GetFullPath(options.ResolveDialogsDir()));
        Knowledge = services.GetRequiredService<KnowledgeBase>();

        // The folder is held before the model may be written into it. The model needs nothing but the knowledge: it
        // loads (or trains) on a second core while the rest gets ready, and the engine, which asks for it, waits.
        services.GetRequiredService<DataFolderLock>();
        var model = Task.Run(services.GetRequiredService<IntentModel>);
        try
        {
            Flows = services.GetRequiredService<FlowServices>();
            StoreHealth = services.GetRequiredService<IStoreHealth>();
            WorkingHours = services.GetRequiredService<WorkingHours>();
            Trainings = services.GetRequiredService<TrainingRuntime>();
            Trainings.SeedOnce(options.ResolveKnowledgeDir(), time);
            LiveKnowledgeStart.SeedRegressionSet(services.GetRequiredService<ILiveKnowledgeStore>(), RegressionSeedFile);
            services.GetRequiredService<ILanguageDetector>();
        }
        finally
        {
            // Not left running behind a failure: the caller disposes the services it uses.
            ((Task)model).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        }

        Model = model.GetAwaiter().GetResult();
        Engine = services.GetRequiredService<ConversationEngine>();
    }

    /// <summary>The labelled questions the build copies beside the program: the regression set's first items.</summary>
    public static string RegressionSeedFile => Path.Combine(AppContext.BaseDirectory, "evaluation", "questions.jsonl");

    /// <summary>The knowledge the service started with; editors' changes swap in through <see cref="Editing"/>.</summary>
    public KnowledgeBase Knowledge { get; }

    /// <summary>The editors' changes and the live retraining.</summary>
    public KnowledgeEditor Editing => _services.GetRequiredService<KnowledgeEditor>();

    public LiveRetraining Retraining => _services.GetRequiredService<LiveRetraining>();

    /// <summary>Whether the database answers: the LiteDB file or the PostgreSQL server.</summary>
    public IStoreHealth StoreHealth { get; }

    /// <summary>The open LiteDB file, for the tests that read it; there is none on PostgreSQL.</summary>
    public ChatBotDatabase Database => _services.GetRequiredService<ChatBotDatabase>();

    public IntentModel Model { get; }

    public ConversationEngine Engine { get; }

    /// <summary>The flows of dialogs/ and their stored responses.</summary>
    public FlowServices Flows { get; }

    /// <summary>The training catalogue, enrollments and trainees.</summary>
    public TrainingRuntime Trainings { get; }

    public WorkingHours WorkingHours { get; }

    public IConversationStore Store => _services.GetRequiredService<IConversationStore>();

    public IOutbox Outbox => _services.GetRequiredService<IOutbox>();

    public IUnansweredQuestions Unanswered => _services.GetRequiredService<IUnansweredQuestions>();

    public IBlockedChats BlockedChats => _services.GetRequiredService<IBlockedChats>();

    /// <summary>The one bus for "this conversation changed": the streams and the Telegram sender listen.</summary>
    public ConversationEvents Events => _services.GetRequiredService<ConversationEvents>();

    public OperatorPresence OperatorPresence => _services.GetRequiredService<OperatorPresence>();

    /// <summary>
    /// A bot of its own, for the command line, on settings already checked (<see cref="ChatBotOptions.Problems"/>): it
    /// owns its services and closes them when disposed.
    /// </summary>
    /// <param name="holder">The verb, named to another process that finds the data folder held (<c>chatbot chat</c>).</param>
    public static BotRuntime Start(ChatBotOptions options, TimeProvider time, ILoggerFactory logging, string holder)
    {
        var services = new ServiceCollection()
            .AddSingleton(logging)
            .AddSingleton(time)
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(options))
            .AddChatBot(holder: holder)
            .BuildServiceProvider();
        try
        {
            return new BotRuntime(services, options, time, services);
        }
        catch
        {
            services.Dispose();
            throw;
        }
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

    public void Dispose() => _owned?.Dispose();
}

public sealed class KnowledgeInvalidException(IReadOnlyList<LoadError> errors)
    : Exception("the knowledge base or the dialogs have errors:\n" + string.Join('\n', errors))
{
    public IReadOnlyList<LoadError> Errors { get; } = errors;
}
