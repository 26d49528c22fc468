using ChatBot.Core.Conversations;

namespace ChatBot.Core.Inbox;

/// <summary>
/// Puts the spellings of one question together: per language and status, each item joins the first row whose first
/// spelling is at least <see cref="QuestionSimilarity.SameQuestion"/> alike, or starts a row. A 👎 without a question
/// (a topic picked from the menu) joins the other 👎s of that topic. Rows come most asked first.
/// </summary>
public static class InboxGrouping
{
    public static IReadOnlyList<InboxGroup> Group(IEnumerable<UnansweredQuestion> items)
    {
        var rows = new List<Row>();
        foreach (var item in items.OrderBy(i => i.Id))
        {
            var trigrams = QuestionSimilarity.Trigrams(item.Text);
            var row = rows.FirstOrDefault(r => r.Takes(item, trigrams));
            if (row is null)
            {
                rows.Add(new Row(item, trigrams));
            }
            else
            {
                row.Items.Add(item);
            }
        }

        return rows
            .Select(r => new InboxGroup(r.First.Language, r.First.Status, Shown(r.Items), r.Items))
            .OrderByDescending(g => g.Count)
            .ThenByDescending(g => g.LastAt)
            .ToList();
    }

    private static string Shown(IReadOnlyList<UnansweredQuestion> items) =>
        items.Where(i => i.Text.Length > 0).GroupBy(i => i.Text.Trim()).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? "";

    private sealed class Row(UnansweredQuestion first, IReadOnlyDictionary<string, int> trigrams)
    {
        public UnansweredQuestion First { get; } = first;

        public List<UnansweredQuestion> Items { get; } = [first];

        public bool Takes(UnansweredQuestion item, IReadOnlyDictionary<string, int> itemTrigrams)
        {
            if (item.Language != First.Language || item.Status != First.Status)
            {
                return false;
            }

            if (trigrams.Count == 0 || itemTrigrams.Count == 0)
            {
                return trigrams.Count == 0 && itemTrigrams.Count == 0 && item.Topic == First.Topic;
            }

            return QuestionSimilarity.Cosine(trigrams, itemTrigrams) >= QuestionSimilarity.SameQuestion;
        }
    }
}
