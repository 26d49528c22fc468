using ChatBot.Knowledge.Dialogs;
using ChatBot.Testing;

namespace ChatBot.Tests.Flows;

public sealed class DialogLoaderTests
{
    public static string Fixtures(string name) => Path.Combine(RepositoryPaths.Root, "tests", "ChatBot.Tests", "Flows", "Fixtures", name);

    [Fact]
    public void TheRepositorysDialogsLoadWithTheSurveyInTheMenu()
    {
        var result = DialogLoader.Load(RepositoryPaths.Dialogs, SharedModel.Knowledge.Intents.Select(i => i.Id).ToHashSet());
        Assert.Empty(result.Errors);
        var survey = result.Catalog!.ByIntent("survey.start");
        Assert.NotNull(survey);
        Assert.Same(survey, result.Catalog.ByDeepLink("survey"));
        Assert.True(survey.InMenu);
        Assert.Equal(2300, survey.TargetPerPeriod);
        Assert.Equal(8, survey.Step("district")!.Options.Count);
        Assert.Equal(["micro", "small", "medium", "large"], survey.Step("size")!.Options.Select(o => o.Value));
    }

    [Fact]
    public void EveryErrorOfABrokenFileIsReportedWithItsLine()
    {
        var result = DialogLoader.Load(Fixtures("broken"));
        Assert.Null(result.Catalog);
        var errors = result.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains("broken/broken-flow.yaml:4: 'kk' is missing", errors);
        Assert.Contains("broken/broken-flow.yaml:10: a choice needs options: none are given", errors);
        Assert.Contains("broken/broken-flow.yaml:13: condition of 'second' reads 'third', which is not an earlier step", errors);
        Assert.Contains("broken/broken-flow.yaml:17: condition of 'third' names an unknown step 'nowhere'", errors);
        Assert.Contains(errors, e => e.StartsWith("broken/broken-flow.yaml:21: bad regular expression '([a-z'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("broken/broken-flow.yaml:24: unknown step type 'slider'", StringComparison.Ordinal));
        Assert.Contains("broken/broken-flow.yaml:28: condition 'first = 1': unknown operator '=' (use == or !=)", errors);
        Assert.Contains("broken/broken-flow.yaml:29: 'kk' is missing", errors);
    }

    [Fact]
    public void TheEnrollmentFormNamesItsActionAndItsProfileStepsWithLabels()
    {
        var form = DialogLoader.Load(RepositoryPaths.Dialogs).Catalog!.Find("training_enrollment")!;
        Assert.Equal("enroll", form.OnComplete);
        Assert.Empty(form.TriggerIntents);
        Assert.False(form.InMenu);
        Assert.Equal(["consent", "name", "phone", "iin", "bin", "sector"], form.Steps.Where(s => s.Profile).Select(s => s.Id));
        Assert.All(form.Steps.Where(s => s.Profile && s.Type != Core.Flows.StepType.Consent), s => Assert.NotNull(s.Label));
    }

    [Fact]
    public void APatternThatNeedsBacktrackingIsRefusedWithItsLineSinceAnswersAreMatchedInLinearTime()
    {
        var errors = DialogLoader.Load(Fixtures("backtracking-pattern")).Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(errors, e => e.StartsWith(
            "backtracking-pattern/form.yaml:10: regular expression '^(\\d)\\1$' needs backtracking, which flow patterns do not use", StringComparison.Ordinal));
    }

    [Fact]
    public void TheRepositorysPatternsMatchWithoutBacktracking()
    {
        var patterns = DialogLoader.Load(RepositoryPaths.Dialogs).Catalog!.All.SelectMany(f => f.Steps).Select(s => s.Pattern).OfType<System.Text.RegularExpressions.Regex>().ToList();
        Assert.NotEmpty(patterns);
        Assert.All(patterns, p => Assert.True(p.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.NonBacktracking)));
        Assert.All(patterns, p => Assert.Matches(p, "Айгерим Сәрсенбайқызы"));
    }

    [Fact]
    public void ABadActionNameOrProfileFlagIsReportedWithItsLine()
    {
        var errors = DialogLoader.Load(Fixtures("broken-action")).Errors.Select(e => e.ToString()).ToList();
        Assert.Contains("broken-action/form.yaml:6: 'on_complete' must name an action in lower-case letters and '_', not 'Enroll-Now'", errors);
        Assert.Contains("broken-action/form.yaml:10: 'profile' must be true or false, not 'maybe'", errors);
    }

    [Fact]
    public void ATriggerIntentThatDoesNotExistIsAnError()
    {
        var result = DialogLoader.Load(RepositoryPaths.Dialogs, new HashSet<string> { "smalltalk.greeting" });
        Assert.Contains(result.Errors, e => e.Message == "trigger intent 'survey.start' is not an intent of the knowledge base");
    }

    [Fact]
    public void AMissingFolderIsAnError() =>
        Assert.Equal("no-such-dir:1: the dialogs folder does not exist", Assert.Single(DialogLoader.Load("no-such-dir").Errors).ToString());
}
