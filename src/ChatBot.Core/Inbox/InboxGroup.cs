using ChatBot.Core.Conversations;

namespace ChatBot.Core.Inbox;

/// <summary>
/// One row of the inbox: the spellings of one question in one language with one status, however many times and
/// through whichever signals it came.
/// </summary>
/// <param name="Text">The spelling the row shows: the commonest, the earliest of equals.</param>
public sealed record InboxGroup(string Language, InboxStatus Status, string Text, IReadOnlyList<UnansweredQuestion> Items)
{
    /// <summary>The row's id: its first item's, stable while that item stays in it.</summary>
    public long Id => Items[0].Id;

    public int Count => Items.Count;

    public IReadOnlyDictionary<InboxSignal, int> Signals =>
        Items.GroupBy(i => i.Signal).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The distinct spellings, commonest first.</summary>
    public IReadOnlyList<string> Spellings =>
        Items.Where(i => i.Text.Length > 0).GroupBy(i => i.Text.Trim()).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();

    /// <summary>The topics the signals name: the answers that got a 👎, else the classifier's guesses.</summary>
    public IReadOnlyList<string> Topics =>
        Items.Select(i => i.Topic).OfType<string>()
            .Concat(Items.SelectMany(i => i.Guesses).Select(g => g.Split(':')[0]).Where(g => g != Understanding.DecisionPolicy.OutOfScope))
            .Distinct()
            .Take(3)
            .ToList();

    /// <summary>The latest operator's answer among the handoffs of this question.</summary>
    public string? OperatorAnswer => Items.LastOrDefault(i => i.OperatorAnswer is not null)?.OperatorAnswer;

    public DateTimeOffset FirstAt => Items.Min(i => i.At);

    public DateTimeOffset LastAt => Items.Max(i => i.At);

    /// <summary>The last thing an editor did with any of its items.</summary>
    public InboxStep? LastStep => Items.SelectMany(i => i.Trace).MaxBy(s => s.At);
}
