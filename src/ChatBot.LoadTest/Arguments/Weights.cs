namespace ChatBot.LoadTest.Arguments;

/// <summary>Choices with whole-number weights (<c>faq:80,survey:15,enroll:5</c>), drawn at random in those shares.</summary>
public sealed class Weights<T>(IReadOnlyList<(T Choice, int Weight)> entries)
    where T : notnull
{
    private readonly int _total = entries.Sum(e => e.Weight);

    public IReadOnlyList<(T Choice, int Weight)> Entries { get; } = entries;

    public T Draw(Random random)
    {
        var ticket = random.Next(_total);
        foreach (var (choice, weight) in Entries)
        {
            if (ticket < weight)
            {
                return choice;
            }

            ticket -= weight;
        }

        throw new InvalidOperationException("weights must add up to more than zero");
    }

    public override string ToString() => string.Join(',', Entries.Select(e => $"{e.Choice.ToString()!.ToLowerInvariant()}:{e.Weight}"));
}
