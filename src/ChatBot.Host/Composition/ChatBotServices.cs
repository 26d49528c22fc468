using ChatBot.Core.Composition;
using ChatBot.Core.Editing;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Privacy;
using ChatBot.Core.Reports;
using ChatBot.Core.Storage;
using ChatBot.Core.Trainings;
using ChatBot.Host.Editing;
using ChatBot.Host.Reports;
using ChatBot.Host.Trainings;
using ChatBot.Knowledge.Writing;
using ChatBot.Nlu;
using ChatBot.Nlu.Intents;
using ChatBot.Storage.LiteDb;
using ChatBot.Storage.PostgreSql;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ChatBot.Host.Composition;

/// <summary>
/// The bot as services: knowledge and dialogs (refusing to start on errors), the store (LiteDB or PostgreSQL), the understanding and
/// the engine. The web host, the command line and the tests compose it through these, and nothing else wires the engine.
/// </summary>
public static class ChatBotServices
{
    /// <summary>Everything a running bot is made of, configured by <c>IOptions&lt;ChatBotOptions&gt;</c>.</summary>
    /// <param name="storage">Where the data is kept (<c>Storage:*</c>); none means the LiteDB file.</param>
    /// <param name="holder">What this process is, named to another that finds the data folder held.</param>
    public static IServiceCollection AddChatBot(this IServiceCollection services, StorageOptions? storage = null, string holder = DataFolderLock.Service) => services
        .AddKnowledge()
        .AddDataFolder(holder)
        .AddStorage(storage)
        .AddNlu(sp => Options(sp).ResolveModelDir())
        .AddSingleton<WorkingHours>(sp => Options(sp).WorkingHours)
        .AddSingleton<RetentionPeriods>(sp => Options(sp).Retention)
        .AddLiveRetraining()
        .AddSingleton<ReportOptions>(sp => Options(sp).Reports)
        .AddSingleton<Core.Applications.ApplicationSettings>(sp => Options(sp).Applications)
        .AddChatBotCore()
        .AddReports()
        .AddSingleton<TrainingRuntime>()
        .AddSingleton<BotRuntime>();

    /// <summary>
    /// The stores and rules over the data folder of <paramref name="options"/>, without the understanding: for the verbs
    /// that read or change data (operators, campaigns, surveys, trainings). Knowledge and dialogs load when first asked
    /// for; disposing the provider closes the file and lets go of the folder.
    /// </summary>
    /// <param name="verb">The verb, as the service would be told about it (<c>chatbot operators</c>).</param>
    public static ServiceProvider ForDataVerbs(ChatBotOptions options, string verb) => new ServiceCollection()
        .AddSingleton(Microsoft.Extensions.Options.Options.Create(options))
        .AddReportRenderers()
        .AddKnowledge()
        .AddDataFolder(verb)
        .AddLiteDbStorage(OpenDatabase)
        .AddSingleton<WorkingHours>(sp => Options(sp).WorkingHours)
        .AddSingleton<ReportOptions>(sp => Options(sp).Reports)
        .AddSingleton<Core.Applications.ApplicationSettings>(sp => Options(sp).Applications)
        .AddChatBotCore()
        .AddReports()
        .AddSingleton<TrainingRuntime>()
        .BuildServiceProvider();

    /// <summary>
    /// The rules over an open <paramref name="database"/> without the understanding: for the verbs that change data
    /// (trainings, surveys) and their tests. The caller keeps the database and disposes it.
    /// </summary>
    public static IServiceProvider OverStore(ChatBotDatabase database, TrainingNotices notices) => new ServiceCollection()
        .AddSingleton(notices)
        .AddLiteDbStorage(_ => database)
        .AddChatBotCore()
        .AddSingleton<TrainingRuntime>()
        .BuildServiceProvider();

    /// <summary>
    /// The knowledge the service answers from: the live copy in the data folder, seeded from (and, until an editor
    /// changes it, following) the shipped folder, which is validated first.
    /// </summary>
    private static IServiceCollection AddKnowledge(this IServiceCollection services) => services
        .AddSingleton<IKnowledgeFormat, KnowledgeYamlFormat>()
        .AddSingleton(sp => LiveKnowledgeStart.Open(
            Options(sp).ResolveKnowledgeDir(), sp.GetRequiredService<ILiveKnowledgeStore>(), sp.GetRequiredService<IKnowledgeFormat>(), Logger(sp)))
        .AddSingleton<KnowledgeBase>(sp => sp.GetRequiredService<LiveKnowledgeOpening>().Live)
        .AddSingleton<FlowCatalog>(sp => BotRuntime.LoadDialogs(Options(sp).ResolveDialogsDir(), sp.GetRequiredService<KnowledgeBase>()));

    /// <summary>
    /// The model turns use, swapped whole after an editor's change has been retrained and scored, and the editing rules.
    /// </summary>
    private static IServiceCollection AddLiveRetraining(this IServiceCollection services) => services
        .AddSingleton<IModelTrainer>(sp => new CachedModelTrainer(Options(sp).ResolveModelDir()))
        .AddSingleton(sp =>
        {
            var knowledge = sp.GetRequiredService<KnowledgeBase>();
            var version = ModelCache.KeyOf(KnowledgeExamples.From(knowledge));
            var status = new ModelStatus(sp.GetRequiredService<LiveKnowledgeOpening>().Version, version, sp.GetRequiredService<TimeProvider>().GetUtcNow(), 0);
            return new LiveModels(new LiveModel(knowledge, sp.GetRequiredService<IntentModel>(), status));
        })
        .AddSingleton(sp => new LiveRetraining(
            sp.GetRequiredService<LiveModels>(),
            sp.GetRequiredService<IModelTrainer>(),
            sp.GetRequiredService<ILiveKnowledgeStore>(),
            sp.GetRequiredService<TimeProvider>(),
            Options(sp).Editing.GateMargin))
        .AddSingleton(sp => new KnowledgeEditor(
            sp.GetRequiredService<ILiveKnowledgeStore>(), sp.GetRequiredService<IKnowledgeFormat>(), sp.GetRequiredService<LiveRetraining>(), sp.GetRequiredService<TimeProvider>()))
        .AddSingleton<IKnowledgeEdits>(sp => sp.GetRequiredService<KnowledgeEditor>());

    private static ILogger Logger(IServiceProvider services) =>
        services.GetService<ILoggerFactory>()?.CreateLogger("ChatBot") ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    // The data folder is held either way: it keeps the models and the session keys, and on LiteDB the database.
    private static IServiceCollection AddStorage(this IServiceCollection services, StorageOptions? storage) => storage is { OnPostgreSql: true }
        ? services.AddPostgreSqlStorage(sp => OpenPostgreSql(sp, storage.ConnectionString!))
        : services.AddLiteDbStorage(OpenDatabase);

    // Settings were checked at start (StorageOptions.Read): what is left to fail is the server itself.
    private static PgDatabase OpenPostgreSql(IServiceProvider services, string connectionString)
    {
        try
        {
            return new PgDatabase(connectionString, Options(services).DatabasePassword!, Logger(services));
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new DatabaseUnreachableException($"the PostgreSQL database of Storage:ConnectionString cannot be opened: {e.Message}", e);
        }
    }

    // The folder is held before the database opens, and the container lets go of it after closing the database.
    private static IServiceCollection AddDataFolder(this IServiceCollection services, string holder) =>
        services.AddSingleton(sp => DataFolderLock.Take(DataFolder.Prepare(Options(sp)), holder));

    private static ChatBotDatabase OpenDatabase(IServiceProvider services)
    {
        var options = Options(services);
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger("ChatBot") ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        var dataDir = services.GetRequiredService<DataFolderLock>().DataDir;
        if (DataFolder.Looseness(dataDir) is { } loose)
        {
            logger.LogWarning("{Warning}", loose);
        }

        try
        {
            var (password, generated) = DatabasePassword.Resolve(options.DatabasePassword, dataDir);
            if (generated)
            {
                logger.LogWarning(
                    "No ChatBot:DatabasePassword configured: generated a key into {KeyFile} (owner-only). Keep it: the database cannot be read without it.",
                    Path.Combine(dataDir, DatabasePassword.KeyFileName));
            }

            return new ChatBotDatabase(Path.Combine(dataDir, ChatBotDatabase.FileName), password, logger);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or StoreUnavailableException)
        {
            // A disk that filled up or went read-only after the folder was checked: one line, not a stack trace.
            var reason = e is StoreUnavailableException unavailable ? unavailable.Reason : e.Message;
            throw new DataFolderException($"the database in {dataDir} cannot be opened: {reason}", e);
        }
    }

    private static ChatBotOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<ChatBotOptions>>().Value;
}
