using ChatBot.Core.Operators;
using ChatBot.Core.Trainings;
using ChatBot.Storage.LiteDb;
using ChatBot.Storage.LiteDb.Trainings;
using ChatBot.Storage.PostgreSql;
using ChatBot.Storage.PostgreSql.Migration;
using ChatBot.Testing;
using ChatBot.Testing.PostgreSql;
using ChatBot.Tests.Contracts;
using Npgsql;
using static ChatBot.Tests.Contracts.Samples;

namespace ChatBot.Tests.Storage.PostgreSql;

/// <summary>A LiteDB installation copied into PostgreSQL: everything there, verified, personal fields still sealed.</summary>
public sealed class LiteDbMigrationOnPostgreSql : IDisposable
{
    private const string Password = "migration-password";
    private const string PersonalText = "меня зовут Айгерим, мой телефон +7 701 555 12 34";

    private readonly TemporaryFolder _folder = new();
    private ChatBotDatabase? _lite;
    private PgDatabase? _pg;
    private string _connectionString = "";

    [StoreFact]
    public void EveryCollectionIsCopiedAndVerifiedByCountAndChecksum()
    {
        var copies = Migrate();

        Assert.Equal(Collections.All.OrderBy(c => c, StringComparer.Ordinal), copies.Select(c => c.Collection).OrderBy(c => c, StringComparer.Ordinal));
        Assert.All(copies, c => Assert.True(c.Verified, $"{c.Collection}: {c.SourceCount}/{c.TargetCount} {c.SourceChecksum}/{c.TargetChecksum}"));
        Assert.Equal(2, copies.Single(c => c.Collection == Collections.Transcript).TargetCount);
        Assert.Equal(1, copies.Single(c => c.Collection == Collections.Trainees).TargetCount);
    }

    [StoreFact]
    public void ThePostgreSqlStoresReadWhatTheLiteDbStoresWrote()
    {
        Migrate();

        var conversations = new PgConversationStore(_pg!);
        Assert.Equal(["как открыть ИП?", PersonalText], conversations.Transcript("telegram:1").Select(t => t.Text));
        Assert.NotNull(conversations.Find("telegram:1"));
        Assert.True(conversations.HasProcessed("telegram:1", "m1"));
        Assert.Equal("870412300415", new PgTrainees(_pg!).Find("telegram:1")?.Iin);
        Assert.Equal(new LiteTrainees(_lite!).PersonKeys(), new PgTrainees(_pg!).PersonKeys());
        Assert.True(new PgBlockedChats(_pg!).IsBlocked("telegram", "9"));
        Assert.Equal("Ответ про налоги", Assert.Single(new PgCannedAnswers(_pg!).All()).Text);
    }

    [StoreFact]
    public void PersonalFieldsStaySealedInTheCopy()
    {
        Migrate();

        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("select string_agg(doc::text, ' ') from transcript union all select string_agg(doc::text, ' ') from trainees", connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var stored = reader.GetString(0);
            Assert.DoesNotContain("Айгерим", stored, StringComparison.Ordinal);
            Assert.DoesNotContain("870412300415", stored, StringComparison.Ordinal);
        }
    }

    [StoreFact]
    public void RecordsAddedAfterTheCopyTakeIdsAfterTheCopiedOnes()
    {
        Migrate();
        var highest = new PgCannedAnswers(_pg!).All().Max(a => a.Id);

        var added = new CannedAnswer { Language = "kk", Title = "Салық", Text = "Салық туралы жауап" };
        new PgCannedAnswers(_pg!).Add(added);

        Assert.True(added.Id > highest);
    }

    [StoreFact]
    public void ADatabaseThatAlreadyHoldsRecordsIsRefused()
    {
        Migrate();

        var refused = Assert.Throws<MigrationRefusedException>(() => LiteDbToPostgreSql.Copy(_lite!, _pg!));
        Assert.Contains("already holds records", refused.Message, StringComparison.Ordinal);
    }

    private IReadOnlyList<CollectionCopy> Migrate()
    {
        _lite = new ChatBotDatabase(_folder.File(ChatBotDatabase.FileName), Password);
        Fill(_lite);
        _connectionString = PostgresServer.NewDatabase();
        _pg = new PgDatabase(_connectionString, Password);
        return LiteDbToPostgreSql.Copy(_lite, _pg);
    }

    private static void Fill(ChatBotDatabase lite)
    {
        var conversation = Conversation("1");
        new LiteConversationStore(lite).Commit(Turn(conversation, "m1") with
        {
            Transcript = [Line(conversation, "как открыть ИП?"), Line(conversation, PersonalText)],
            Outbox = [Reply(conversation, "Ответ")],
            Unanswered = [Question(conversation, "что-то непонятное")],
        });
        new LiteTrainees(lite).Save(new Trainee
        {
            ConversationId = conversation.Id, Name = "Айгерим", Phone = "+77015551234", Iin = "870412300415", Sector = "торговля", ConsentAt = At,
        });
        new LiteBlockedChats(lite).MarkBlocked("telegram", "9", At);
        new LiteCannedAnswers(lite).Add(new CannedAnswer { Language = "ru", Title = "Налоги", Text = "Ответ про налоги" });
        new LiteOperatorAccounts(lite).TryAdd(new OperatorAccount { Id = "aigerim", Role = OperatorRoles.Operator, CreatedAt = At });
    }

    public void Dispose()
    {
        _pg?.Dispose();
        _lite?.Dispose();
        _folder.Dispose();
    }
}
