using ChatBot.Core.Conversations;
using ChatBot.Core.Editing;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Inbox;

/// <summary>
/// The editors' one-click actions on inbox rows, one or many at once. Those that change the knowledge go through
/// <see cref="IKnowledgeEdits"/>, one row at a time, and a row's items are marked done only once its change is saved:
/// a refusal stops there and leaves the rest pending. Every move leaves its trace on the items it moved.
/// </summary>
public sealed class InboxDesk(IReviewInbox inbox, IKnowledgeEdits edits, TimeProvider time)
{
    public InboxOutcome Act(InboxCommand command, KnowledgeBase knowledge, string by)
    {
        if (!InboxActions.All.Contains(command.Action))
        {
            return InboxOutcome.Invalid($"action must be one of {string.Join(", ", InboxActions.All)}");
        }

        if (command.Ids.Count == 0)
        {
            return InboxOutcome.Invalid("choose at least one item: ids is empty");
        }

        var items = inbox.Find(command.Ids);
        if (items.Count == 0)
        {
            return new InboxOutcome(InboxResult.NotFound, 0, "none of these items exists (any more)");
        }

        return command.Action switch
        {
            InboxActions.Ignore => Settled(items, InboxStatus.Ignored, command.Action, null, by),
            InboxActions.Reopen => Settled(items, InboxStatus.Pending, command.Action, null, by),
            InboxActions.Phrasing => AddPhrasings(items, command.Topic, knowledge, by),
            InboxActions.OutOfScope => PerRow(items, by, command.Action, row => (edits.AddOutOfScope(Parse(row.Language), row.Text, by), row.Language)),
            _ => SaveNewTopic(items, command.NewTopic, knowledge, by),
        };
    }

    private InboxOutcome AddPhrasings(IReadOnlyList<UnansweredQuestion> items, string? topic, KnowledgeBase knowledge, string by)
    {
        if (topic is null || knowledge.Find(topic) is null)
        {
            return InboxOutcome.Invalid(topic is null ? "name the topic: topic is missing" : $"there is no topic '{topic}'");
        }

        return PerRow(items, by, InboxActions.Phrasing, row => (edits.AddPhrasing(topic, Parse(row.Language), row.Text, by), $"{topic} ({row.Language})"));
    }

    private InboxOutcome SaveNewTopic(IReadOnlyList<UnansweredQuestion> items, IntentDefinition? topic, KnowledgeBase knowledge, string by)
    {
        if (topic is null)
        {
            return InboxOutcome.Invalid("send the new topic: newTopic is missing");
        }

        if (knowledge.Find(topic.Id) is not null)
        {
            return InboxOutcome.Invalid($"the topic '{topic.Id}' exists already: add the questions as its phrasings");
        }

        var saved = edits.SaveTopic(WithQuestions(topic, items), by);
        return saved.Saved
            ? Settled(items, InboxStatus.Done, InboxActions.NewTopic, topic.Id, by)
            : new InboxOutcome(InboxResult.Refused, 0, saved.Refusal);
    }

    /// <summary>The topic's phrasings with the rows' questions added, each in its language, once.</summary>
    private static IntentDefinition WithQuestions(IntentDefinition topic, IReadOnlyList<UnansweredQuestion> items)
    {
        var questions = Enum.GetValues<Language>().ToDictionary(
            l => l,
            l => (IReadOnlyList<string>)(topic.Questions.GetValueOrDefault(l) ?? [])
                .Concat(InboxGrouping.Group(items).Where(g => g.Language == l.Code() && g.Text.Length > 0).Select(g => g.Text))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList());
        return topic with { Questions = questions };
    }

    /// <summary>A change per row, in the row's language; the row is done once its change is saved.</summary>
    private InboxOutcome PerRow(IReadOnlyList<UnansweredQuestion> items, string by, string action, Func<InboxGroup, (KnowledgeEditResult Result, string Detail)> change)
    {
        var rows = InboxGrouping.Group(items);
        if (rows.FirstOrDefault(r => r.Text.Length == 0) is { } empty)
        {
            return InboxOutcome.Invalid($"item {empty.Id} is a 👎 on a topic picked from the menu: it has no question to add");
        }

        var changed = 0;
        foreach (var row in rows)
        {
            var (result, detail) = change(row);
            if (!result.Saved)
            {
                return new InboxOutcome(InboxResult.Refused, changed, $"\"{row.Text}\": {result.Refusal}");
            }

            changed += Settle(row.Items, InboxStatus.Done, action, detail, by);
        }

        return new InboxOutcome(InboxResult.Done, changed);
    }

    private InboxOutcome Settled(IReadOnlyList<UnansweredQuestion> items, InboxStatus status, string action, string? detail, string by) =>
        new(InboxResult.Done, Settle(items, status, action, detail, by));

    private int Settle(IReadOnlyList<UnansweredQuestion> items, InboxStatus status, string action, string? detail, string by) =>
        inbox.Settle([.. items.Select(i => i.Id)], new InboxStep { Action = action, Status = status, Detail = detail, By = by, At = time.GetUtcNow() });

    private static Language Parse(string code) => LanguageCodes.TryParse(code, out var language) ? language : Language.Ru;
}
