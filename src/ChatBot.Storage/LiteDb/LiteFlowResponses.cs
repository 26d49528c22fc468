using ChatBot.Core.Flows;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Flow responses in three collections: the anonymous answers, the contacts given with consent, and
/// who completed which flow in which period (for the once-per-period rule).
/// </summary>
public sealed class LiteFlowResponses(ChatBotDatabase database) : IFlowResponses
{
    private LiteDatabase Db => database.Database;

    public bool HasCompleted(string flowId, string period, string respondent) =>
        Db.GetCollection<FlowParticipation>(Collections.FlowParticipations)
            .FindById(FlowParticipation.Key(flowId, period, respondent)) is not null;

    public IReadOnlyList<FlowResponse> InPeriod(string flowId, string period) =>
        Db.GetCollection<FlowResponse>(Collections.FlowResponses)
            .Find(r => r.FlowId == flowId)
            .Where(r => r.Period == period)
            .OrderBy(r => r.StartedAt)
            .ToList();

    public IReadOnlyList<FlowContact> Contacts(string flowId) =>
        Db.GetCollection<FlowContact>(Collections.FlowContacts).Find(c => c.FlowId == flowId).ToList();

    /// <summary>Writes a turn's flow records inside the turn's transaction.</summary>
    internal static void Write(LiteDatabase db, FlowWrites writes)
    {
        var responses = db.GetCollection<FlowResponse>(Collections.FlowResponses);
        foreach (var response in writes.Responses)
        {
            responses.Upsert(response);
        }

        if (writes.Contacts.Count > 0)
        {
            db.GetCollection<FlowContact>(Collections.FlowContacts).InsertBulk(writes.Contacts);
        }

        var participations = db.GetCollection<FlowParticipation>(Collections.FlowParticipations);
        foreach (var participation in writes.Participations)
        {
            participations.Upsert(participation);
        }
    }

    /// <summary>Bulk import for generated data sets and tests of results.</summary>
    public void Insert(IEnumerable<FlowResponse> responses) =>
        database.InTransaction(db => db.GetCollection<FlowResponse>(Collections.FlowResponses).InsertBulk(responses));
}
