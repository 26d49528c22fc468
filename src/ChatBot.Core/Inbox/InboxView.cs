using ChatBot.Core.Conversations;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Inbox;

/// <summary>
/// The inbox as the editor sees it: the items of the asked status, less the questions already in the training text
/// (but not a 👎's: there the answer fell short, not the understanding), grouped;
/// the counts per signal are of the status asked, before the signal and language filters, so that the filter
/// buttons say what each would show.
/// </summary>
public sealed record InboxView(IReadOnlyList<InboxGroup> Groups, IReadOnlyDictionary<InboxSignal, int> Counts, int Hidden)
{
    public static InboxView Of(IReadOnlyList<UnansweredQuestion> items, KnowledgeBase knowledge, InboxQuery query)
    {
        var known = new KnownQuestions(knowledge);
        var visible = items.Where(i => i.Signal == InboxSignal.ThumbsDown || !known.Contains(i.Language, i.Text)).ToList();
        var counts = Enum.GetValues<InboxSignal>().ToDictionary(s => s, s => visible.Count(i => i.Signal == s));
        var shown = visible
            .Where(i => query.Signal is null || i.Signal == query.Signal)
            .Where(i => query.Language is null || i.Language == query.Language);
        return new InboxView(InboxGrouping.Group(shown), counts, items.Count - visible.Count);
    }
}
