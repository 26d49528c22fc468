using System.Collections;
using System.Reflection;
using ChatBot.Core.Handoff;
using ChatBot.Core.Operators;
using ChatBot.Host.Composition;
using ChatBot.Operators.Accounts;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;
using LiteDB;

namespace ChatBot.Tests.Storage;

/// <summary>
/// The first records of a type stored by many threads at once keep their numeric ids: without the mappings built
/// ahead, LiteDB let one of them be stored under an ObjectId and every later insert of the type failed.
/// </summary>
public sealed class MappedAheadTests
{
    [Fact]
    public void EveryTypeInsideAStoredTypeIsMappedSoLiteDbNeverBuildsAMappingWhileServing()
    {
        var mapper = new BsonMapper();
        MappedAhead.Map(mapper, MappedAhead.StoredTypes);

        // LiteDB's own cache of mappings (private): every class or dictionary a mapped member holds must be in it
        // already (a nullable member is read as its underlying type).
        var entities = (IDictionary)typeof(BsonMapper).GetField("_entities", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(mapper)!;
        var unmapped = entities.Values.Cast<EntityMapper>()
            .SelectMany(entity => entity.Members.SelectMany(HeldTypes).Select(type => (entity, type: Nullable.GetUnderlyingType(type) ?? type)))
            .Where(member => NeedsAMapping(member.type) && !entities.Contains(member.type))
            .Select(member => $"{member.entity.ForType.Name} holds {member.type}")
            .Distinct()
            .ToList();

        Assert.Empty(unmapped);
    }

    // A member's own type, and for a list the type of its items.
    private static IEnumerable<Type> HeldTypes(MemberMapper member) =>
        member.IsEnumerable && !typeof(IDictionary).IsAssignableFrom(member.DataType) ? [member.DataType, member.UnderlyingType] : [member.DataType];

    // What LiteDB builds an entity mapping for: a class or struct that is not a value it stores as it is, and a
    // dictionary, which it reads back from a document like a class.
    private static bool NeedsAMapping(Type type) =>
        !(type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(object) || type == typeof(decimal) ||
          type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(Guid) ||
          type.IsArray || (typeof(IEnumerable).IsAssignableFrom(type) && !typeof(IDictionary).IsAssignableFrom(type)) ||
          type.IsInterface || type.IsAbstract ||
          typeof(BsonValue).IsAssignableFrom(type) || type == typeof(ObjectId));

    [Fact]
    public void SixtyFourThreadsWritingTheAuditLogAndReadingAccountsOfFreshFilesMeetNoError()
    {
        using var folder = new TemporaryFolder();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        for (var run = 0; run < 10; run++)
        {
            using var database = new ChatBotDatabase(folder.File($"run{run}.db"), "secret");
            var audit = new LiteAuditLog(database);
            var accounts = new OperatorAccounts(new LiteOperatorAccounts(database));
            using var start = new Barrier(64);
            var threads = Enumerable.Range(0, 64).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                for (var k = 0; k < 10; k++)
                {
                    try
                    {
                        if (i % 2 == 0)
                        {
                            accounts.Find("nobody" + i);
                        }
                        else
                        {
                            audit.Write("login" + i, AuditActions.LoginFailed, DateTimeOffset.UtcNow);
                        }
                    }
                    catch (Exception e)
                    {
                        failures.Enqueue($"run {run}: {e.Message}");
                    }
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.True(failures.IsEmpty, $"{failures.Count} failures; first: {failures.FirstOrDefault()}");
            Assert.Equal(Enumerable.Range(1, 320).Select(i => (long)i), audit.Recent(1000).Select(e => e.Id).Order());
        }
    }
}
