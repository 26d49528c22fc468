using ChatBot.Core.Inbox;
using ChatBot.Core.Knowledge;

namespace ChatBot.Operators.Inbox;

/// <summary>An inbox row as the API shows it: the topics it names come with their titles, for the console.</summary>
internal static class InboxRows
{
    public static object Of(InboxGroup group, KnowledgeBase knowledge) => new
    {
        id = group.Id,
        language = group.Language,
        status = InboxNames.Of(group.Status),
        text = group.Text,
        count = group.Count,
        signals = group.Signals.ToDictionary(s => InboxNames.Of(s.Key), s => s.Value),
        spellings = group.Spellings,
        topics = group.Topics.Select(t => new { id = t, title = knowledge.Find(t)?.Title }),
        operatorAnswer = group.OperatorAnswer,
        firstAt = group.FirstAt,
        lastAt = group.LastAt,
        itemIds = group.Items.Select(i => i.Id),
        lastStep = group.LastStep is { } step ? new { action = step.Action, status = InboxNames.Of(step.Status), detail = step.Detail, by = step.By, at = step.At } : null,
    };
}
