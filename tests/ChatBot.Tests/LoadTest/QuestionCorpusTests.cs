using System.Text.RegularExpressions;
using ChatBot.Core.Messages;
using ChatBot.LoadTest.Users;
using ChatBot.Testing;

namespace ChatBot.Tests.LoadTest;

/// <summary>The load test's questions (bench/loadtest) are visitors' own words: never a training question of the knowledge base.</summary>
public sealed partial class QuestionCorpusTests
{
    [Fact]
    public void NoQuestionOfTheCorpusIsATrainingQuestion()
    {
        var training = SharedModel.Knowledge.Intents
            .SelectMany(i => i.Questions.Values.SelectMany(q => q))
            .Select(Normal)
            .ToHashSet();

        var copied = Questions.BuiltIn.Russian.Concat(Questions.BuiltIn.Kazakh).Where(q => training.Contains(Normal(q))).ToList();

        Assert.Empty(copied);
    }

    [Fact]
    public void BothLanguagesHaveAQuestionForEveryTopicOrSo()
    {
        var topics = SharedModel.Knowledge.Intents.Count(i => i.Questions.ContainsKey(Language.Ru));

        Assert.True(Questions.BuiltIn.Russian.Count >= topics, $"{Questions.BuiltIn.Russian.Count} Russian questions for {topics} topics");
        Assert.True(Questions.BuiltIn.Kazakh.Count >= topics, $"{Questions.BuiltIn.Kazakh.Count} Kazakh questions for {topics} topics");
    }

    private static string Normal(string question) => Words().Replace(question.ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"[^\w]+")]
    private static partial Regex Words();
}
