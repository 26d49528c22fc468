using System.Text.RegularExpressions;
using ChatBot.Core.Messages;
using ChatBot.Testing;

namespace ChatBot.Tests.Knowledge;

/// <summary>The knowledge base covers every intent the domain requires, in both languages.</summary>
public sealed partial class KnowledgeCoverageTests
{
    [Fact]
    public void EveryIntentIdOfTheDomainListIsDefinedWithExactlyThatSpelling()
    {
        var required = DomainIds();

        Assert.Equal(55, required.Count);
        Assert.DoesNotContain(required, id => SharedModel.Knowledge.Find(id) is null);
    }

    [Fact]
    public void EveryFaqTopicHasEnoughVariantsAndAnAnswerInBothLanguages()
    {
        foreach (var intent in SharedModel.Knowledge.Intents.Where(i => !i.IsSystem))
        {
            Assert.True(intent.Questions[Language.Ru].Count >= 10, intent.Id);
            Assert.True(intent.Questions[Language.Kk].Count >= 6, intent.Id);
            Assert.False(string.IsNullOrWhiteSpace(intent.Answer!.Ru), intent.Id);
            Assert.False(string.IsNullOrWhiteSpace(intent.Answer!.Kk), intent.Id);
            Assert.NotEmpty(intent.Links);
        }
    }

    [Fact]
    public void EveryAnswerFitsOneTelegramMessage()
    {
        foreach (var intent in SharedModel.Knowledge.Intents.Where(i => !i.IsSystem))
        {
            Assert.True(intent.Answer!.Ru.Length < 1500, $"{intent.Id} ru: {intent.Answer.Ru.Length} characters");
            Assert.True(intent.Answer!.Kk.Length < 1500, $"{intent.Id} kk: {intent.Answer.Kk.Length} characters");
        }
    }

    [Fact]
    public void EveryFaqTopicOfTheDomainListLeadsWithAShortAnswerAndSaysWhenToReviewIt()
    {
        var topics = DomainIds().Select(SharedModel.Knowledge.Find).Where(i => i is { IsSystem: false }).ToList();

        Assert.Equal(46, topics.Count);
        foreach (var intent in topics)
        {
            Assert.True(intent!.Short is { } brief && brief.Ru.Length < intent.Answer!.Ru.Length && brief.Kk.Length < intent.Answer.Kk.Length, intent.Id);
            Assert.True(intent.ReviewBy > intent.AsOf, intent.Id);
        }
    }

    private static List<string> DomainIds() => File.ReadLines(Path.Combine(RepositoryPaths.Shared, "domain", "intents.md"))
        .Select(line => TableRowId().Match(line))
        .Where(m => m.Success)
        .Select(m => m.Groups[1].Value)
        .ToList();

    [GeneratedRegex(@"^\| `([a-z0-9_.]+)` \|")]
    private static partial Regex TableRowId();
}
