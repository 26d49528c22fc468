using ChatBot.Core.Flows;
using ChatBot.Core.Trainings;

namespace ChatBot.Resilience.Tests.Crash;

/// <summary>
/// What the database must hold for each simulated user: every message the service acknowledged processed, and the
/// flow exactly where the acknowledged answers left it (or one answer further, when the message in flight was kept
/// before the crash); a finished flow a completed survey or an enrollment.
/// </summary>
internal static class StoredAnswers
{
    /// <returns>How many acknowledged answers were found in place.</returns>
    public static int Check(StoredData data, WebUser user, DateTimeOffset now)
    {
        var conversation = data.Conversations.Find(user.ConversationId) ?? throw Lost(user, "the conversation");
        foreach (var exchange in user.Acknowledged)
        {
            Assert.True(
                data.Conversations.HasProcessed(user.ConversationId, exchange.ClientMessageId),
                $"user {user.Number}: message {exchange.ClientMessageId} was acknowledged but is not recorded as processed");
        }

        var answers = user.Answers.ToList();
        var inFlight = user.InFlight?.Answer;
        if (conversation.Flow is not { } state)
        {
            Assert.True(user.Finished || inFlight is not null || answers.Count == 0, $"user {user.Number}: the flow is gone after {answers.Count} answers acknowledged");
            if (user.Finished || (inFlight is not null && answers.Count > 0))
            {
                Assert.True(HasCompleted(data, user, now), $"user {user.Number}: the flow left is neither completed nor an enrollment");
            }

            return answers.Count;
        }

        Assert.Equal(user.Flow.Id, state.FlowId);
        string[] acknowledged = [.. answers.Select(a => a.StepId)];
        Assert.True(
            state.History.SequenceEqual(acknowledged) || (inFlight is not null && state.History.SequenceEqual([.. acknowledged, inFlight.StepId])),
            $"user {user.Number}: stored steps [{string.Join(", ", state.History)}], acknowledged [{string.Join(", ", acknowledged)}], in flight {inFlight?.StepId}");
        foreach (var answer in answers)
        {
            // LiteDB stores an empty string as null (BsonMapper.EmptyStringToNull): a skipped step reads back as null, which the flows take as skipped.
            Assert.True(
                state.Answers.TryGetValue(answer.StepId, out var kept) && (kept ?? "") == answer.Value,
                $"user {user.Number}: step {answer.StepId} holds {(kept is null ? "nothing" : $"'{kept}'")}, acknowledged '{answer.Value}'");
        }

        return answers.Count;
    }

    /// <summary>At the end: the walk finished, its result stored, each message processed once.</summary>
    public static void CheckFinished(StoredData data, WebUser user, DateTimeOffset now)
    {
        Assert.True(user.Finished, $"user {user.Number} did not finish");
        Check(data, user, now);
        Assert.True(HasCompleted(data, user, now), $"user {user.Number}: no completed survey or enrollment");

        // The opening /start of the widget, then one entry per message: none was processed twice.
        var sent = data.Conversations.Transcript(user.ConversationId).Count(e => e.From == Core.Messages.MessageAuthor.User);
        Assert.True(sent == user.Acknowledged.Count + 1, $"user {user.Number}: {sent} messages in the transcript for {user.Acknowledged.Count + 1} sent");
    }

    private static bool HasCompleted(StoredData data, WebUser user, DateTimeOffset now) => user.Flow.OnComplete is null
        ? data.Responses.HasCompleted(user.Flow.Id, FlowPeriods.Of(user.Flow.OncePer, now), user.ConversationId)
        : data.Trainings.EnrollmentsOfConversation(user.ConversationId).Count(e => e.Status is EnrollmentStatus.Enrolled or EnrollmentStatus.Waiting) == 1;

    private static Xunit.Sdk.XunitException Lost(WebUser user, string what) => new($"user {user.Number}: {what} is not in the database");
}
