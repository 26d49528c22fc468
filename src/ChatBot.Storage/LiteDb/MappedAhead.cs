using System.Collections;
using System.Reflection;
using ChatBot.Core.Announcements;
using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Operators;
using ChatBot.Core.Trainings;
using ChatBot.Core.WebChats;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Builds LiteDB's mapping of every stored type, and of every type inside them, before the first request. LiteDB 5
/// publishes a type's mapping before it has filled it in and reads its cache without a lock, so two requests that
/// first store a type at the same moment can see a mapping without an id: the record is then stored under a
/// generated ObjectId and every later insert of that type fails (docs/storage.md).
/// </summary>
public static class MappedAhead
{
    /// <summary>Every type stored in a collection of its own; all of them are Core's.</summary>
    public static IReadOnlyList<Type> StoredTypes { get; } =
    [
        typeof(Conversation), typeof(TranscriptEntry), typeof(OutboxItem), typeof(AnalyticsEvent), typeof(UnansweredQuestion),
        typeof(FlowResponse), typeof(FlowContact), typeof(FlowParticipation), typeof(HandoffRecord),
        typeof(Training), typeof(Enrollment), typeof(Trainee), typeof(Campaign), typeof(CampaignInvitation),
        typeof(Announcement), typeof(AnnouncementDelivery),
        typeof(WebChat), typeof(OperatorAccount), typeof(AuditEntry), typeof(CannedAnswer), typeof(OperatorNote),
        typeof(Core.Sessions.SessionOutcome),
        typeof(Core.Editing.KnowledgeChange), typeof(Core.Editing.RegressionItem),
        typeof(ChatBot.Core.Applications.Application),
    ];

    private static readonly MethodInfo Entity = typeof(BsonMapper).GetMethod(nameof(BsonMapper.Entity))!;

    /// <summary>Maps <paramref name="roots"/>, every class they hold through properties, lists and dictionaries, and the dictionaries.</summary>
    public static void Map(BsonMapper mapper, IEnumerable<Type> roots)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type) || IsScalar(type))
            {
                continue;
            }

            if (type.IsArray || (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type)))
            {
                // A dictionary is read back from a document through a mapping of its own type, like a class.
                if (typeof(IDictionary).IsAssignableFrom(type) && !type.IsInterface && !type.IsAbstract)
                {
                    Entity.MakeGenericMethod(type).Invoke(mapper, null);
                }

                foreach (var element in type.IsArray ? [type.GetElementType()!] : type.GetGenericArguments())
                {
                    pending.Push(element);
                }

                continue;
            }

            if (type.IsInterface || type.IsAbstract || type.IsGenericTypeDefinition)
            {
                continue;
            }

            Entity.MakeGenericMethod(type).Invoke(mapper, null);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                pending.Push(property.PropertyType);
            }
        }
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(object) || type == typeof(decimal) ||
        type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(Guid) ||
        type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(ObjectId) || typeof(BsonValue).IsAssignableFrom(type);
}
