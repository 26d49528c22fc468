using ChatBot.Core.Editing;
using ChatBot.Core.Messages;

namespace ChatBot.Tests.Editing;

/// <summary>An editor's change reaches the engine without a restart, is kept with its history, and can be taken back.</summary>
public sealed class LiveEditingTests
{
    // Nothing in the small knowledge says this: the bot cannot answer it before an editor teaches it.
    private const string Unanswered = "зеленый слон принес справку из акимата";

    [Fact]
    public async Task AddingAPhrasingRetrainsAndTheSameQuestionIsThenAnsweredWithoutARestart()
    {
        using var live = new SmallLiveKnowledge();
        var answer = SmallLiveKnowledge.Topic(SmallLiveKnowledge.Registration).FirstAnswer!.Ru;
        Assert.DoesNotContain(answer, await live.AskAsync(Unanswered), StringComparison.Ordinal);

        var result = live.Editor.AddPhrasing(SmallLiveKnowledge.Registration, Language.Ru, Unanswered, "editor1");
        await live.Retraining.Idle();

        Assert.True(result.Saved, result.Refusal);
        Assert.Equal(2, live.Models.Current.Status.KnowledgeVersion);
        Assert.StartsWith(answer, await live.AskAsync(Unanswered), StringComparison.Ordinal);
        var change = Assert.Single(live.Store.Changes());
        Assert.Equal((KnowledgeChangeKinds.PhrasingAdded, "editor1", SmallLiveKnowledge.Registration), (change.Kind, change.Author, change.IntentId));
        Assert.Contains(live.Store.RegressionSet(), i => i.Text == Unanswered && i.Intent == SmallLiveKnowledge.Registration);
    }

    [Fact]
    public async Task RevertRestoresThePreviousAnswerAndModel()
    {
        using var live = new SmallLiveKnowledge();
        var topic = SmallLiveKnowledge.Topic(SmallLiveKnowledge.Registration);
        var modelBefore = live.Models.Current.Status.ModelVersion;
        var changed = topic with
        {
            Short = new("Новый короткий ответ про ИП.", "ЖК туралы жаңа қысқа жауап."),
            Questions = new Dictionary<Language, IReadOnlyList<string>> { [Language.Ru] = [.. topic.Questions[Language.Ru], Unanswered], [Language.Kk] = topic.Questions[Language.Kk] },
        };
        Assert.True(live.Editor.SaveTopic(changed, "editor1").Saved);
        await live.Retraining.Idle();
        Assert.StartsWith("Новый короткий ответ про ИП.", await live.AskAsync("как открыть ип"), StringComparison.Ordinal);
        Assert.NotEqual(modelBefore, live.Models.Current.Status.ModelVersion);

        var reverted = live.Editor.Revert(live.Store.Changes().Single().Id, "editor2");
        await live.Retraining.Idle();

        Assert.True(reverted.Saved, reverted.Refusal);
        Assert.StartsWith(topic.FirstAnswer!.Ru, await live.AskAsync("как открыть ип"), StringComparison.Ordinal);
        Assert.Equal(modelBefore, live.Models.Current.Status.ModelVersion);
        Assert.Equal(live.Files.Single(f => f.Path == "faq/small.yaml").Text, live.Store.Copy()!.Files.Single(f => f.Path == "faq/small.yaml").Text);
        Assert.Equal(KnowledgeChangeKinds.Reverted, live.Store.Changes()[0].Kind);
    }

    [Fact]
    public async Task AnInvalidEditIsRefusedWithTheReasonAndChangesNothing()
    {
        using var live = new SmallLiveKnowledge();
        var topic = SmallLiveKnowledge.Topic(SmallLiveKnowledge.Registration);
        var tooLong = topic with { Short = new(new string('а', 401), "қысқа") };

        var refused = live.Editor.SaveTopic(tooLong, "editor1");
        var duplicate = live.Editor.AddPhrasing("close_sole_proprietor", Language.Ru, topic.Questions[Language.Ru][0], "editor1");
        var unknown = live.Editor.AddPhrasing("no_such_topic", Language.Ru, "вопрос", "editor1");
        await live.Retraining.Idle();

        Assert.False(refused.Saved);
        Assert.Contains("the 'ru' short answer has 401 characters; at most 400 are allowed", refused.Refusal, StringComparison.Ordinal);
        Assert.StartsWith("knowledge/faq/small.yaml:", refused.Refusal, StringComparison.Ordinal);
        Assert.False(duplicate.Saved);
        Assert.Contains(topic.Questions[Language.Ru][0], duplicate.Refusal, StringComparison.Ordinal);
        Assert.Equal("there is no topic 'no_such_topic'", unknown.Refusal);
        Assert.Equal(1, live.Store.Copy()!.Version);
        Assert.Empty(live.Store.Changes());
        Assert.Equal(1, live.Models.Current.Status.KnowledgeVersion);
    }

    [Fact]
    public async Task AGatedChangeThatLowersAccuracyIsHeldUntilConfirmed()
    {
        // The regression set asks registration questions the topic's phrasings do not hold word for word.
        var regression = new[] { "как мне открыть ип в этом году", "где регистрируют ип онлайн", "открыть ип через егов пошагово" }
            .Select(text => new RegressionItem { Text = text, Language = "ru", Intent = SmallLiveKnowledge.Registration })
            .ToList();
        using var live = new SmallLiveKnowledge(margin: 0.05, regression: regression);
        var before = live.Models.Current;
        var closing = SmallLiveKnowledge.Topic("close_sole_proprietor");

        // An editor teaches the closing topic the regression set's registration questions: registration loses them.
        var taught = closing with { Questions = new Dictionary<Language, IReadOnlyList<string>> { [Language.Ru] = [.. closing.Questions[Language.Ru], .. regression.Select(r => r.Text)], [Language.Kk] = closing.Questions[Language.Kk] } };
        Assert.True(live.Editor.SaveTopic(taught, "editor1").Saved);
        await live.Retraining.Idle();

        var held = live.Retraining.Status.Held;
        Assert.NotNull(held);
        Assert.Same(before, live.Models.Current);
        Assert.Contains("ru", held.Reason, StringComparison.Ordinal);
        Assert.True(held.Model.Status.Scores!.Ru < held.Before.Ru - 0.05, $"{held.Before.Ru} → {held.Model.Status.Scores.Ru}");

        Assert.True(live.Retraining.Confirm());

        Assert.Same(held.Model, live.Models.Current);
        Assert.Null(live.Retraining.Status.Held);
        Assert.False(live.Retraining.Confirm());
    }

    [Fact]
    public async Task TurnsDuringAModelSwapAllSucceed()
    {
        using var live = new SmallLiveKnowledge();
        var answer = SmallLiveKnowledge.Topic(SmallLiveKnowledge.Registration).FirstAnswer!.Ru;
        Assert.True(live.Editor.AddPhrasing(SmallLiveKnowledge.Registration, Language.Ru, Unanswered, "editor1").Saved);

        var turns = new List<Task<string>>();
        var training = live.Retraining.Idle();
        while (!training.IsCompleted || turns.Count < 20)
        {
            turns.Add(Task.Run(() => live.AskAsync("как открыть ип")));
            await Task.Delay(5);
        }

        var replies = await Task.WhenAll(turns);
        Assert.All(replies, reply => Assert.StartsWith(answer, reply, StringComparison.Ordinal));
        Assert.Equal(2, live.Models.Current.Status.KnowledgeVersion);
        Assert.True(turns.Count > 20, $"{turns.Count} turns");
    }
}
