using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChatBot.Core.Flows;
using ChatBot.Core.Trainings;
using ChatBot.Testing;
using ChatBot.Web.Api;

namespace ChatBot.Resilience.Tests.Crash;

/// <summary>
/// One crash: a fresh service process, a hundred users walking the survey and the enrollment form at once, SIGKILL
/// after a random number of acknowledged answers; the database opened by the test; the service started again on the
/// same folder; every history checked, every message in flight sent again, every walk finished; SIGKILL once more and
/// the database checked at the end.
/// </summary>
internal sealed class CrashRound(int round, Random random, ITestOutputHelper output)
{
    public const int Users = 100;
    private const string Training = "simplified-tax-webinar";

    private int _resent;

    public int AnswersChecked { get; private set; }

    /// <summary>Messages that were in flight at the kill, sent again after the restart.</summary>
    public int Resent => _resent;

    public async Task RunAsync()
    {
        using var data = new TemporaryFolder();
        var survey = SharedModel.Dialogs.Find("business_climate_survey")!;
        var enrollment = SharedModel.Dialogs.Find("training_enrollment")!;
        var users = Enumerable.Range(1, Users)
            .Select(n => n % 2 == 0
                ? new WebUser(n, survey, [FlowPayloads.Start(survey.Id)], new Random(random.Next()))
                : new WebUser(n, enrollment, [TrainingPayloads.Details(Training), TrainingPayloads.Enroll(Training)], new Random(random.Next())))
            .ToList();

        // A walk is 7 (enrollment) to about 15 (survey) answers: the kill falls between a fifth and two thirds of the load.
        var killAfter = random.Next(Users * 2, Users * 7);
        await WalkUntilKilledAsync(data.Path, users, killAfter);
        var now = DateTimeOffset.UtcNow;
        using (var stored = new StoredData(data.Path))
        {
            AnswersChecked += users.Where(u => u.Chat is not null).Sum(u => StoredAnswers.Check(stored, u, now));
        }

        using (var service = await ServiceProcess.StartOnAsync(data.Path))
        {
            Assert.False(StoredData.WasRebuilt(data.Path), "the restarted service rebuilt the database");
            using var http = new HttpClient { BaseAddress = new Uri(service.Url) };
            await Task.WhenAll(users.Select(user => Task.Run(() => ResumeAsync(http, user))));
            Assert.DoesNotContain("fail:", service.Output, StringComparison.Ordinal);
            service.Kill();
        }

        using (var stored = new StoredData(data.Path))
        {
            foreach (var user in users)
            {
                StoredAnswers.CheckFinished(stored, user, DateTimeOffset.UtcNow);
            }

            var documents = stored.ReadEverything();
            output.WriteLine(
                $"crash round {round}: SIGKILL after {killAfter} acknowledged answers; all {AnswersChecked} answers acknowledged "
                + $"before the process died were in the file; {Resent} messages in flight sent again; "
                + $"{users.Sum(u => u.Acknowledged.Count)} messages of {Users} users checked at the end, each answered once; {documents} documents read");
        }
    }

    private static async Task WalkUntilKilledAsync(string dataDir, IReadOnlyList<WebUser> users, int killAfter)
    {
        using var service = await ServiceProcess.StartOnAsync(dataDir);
        using var http = new HttpClient { BaseAddress = new Uri(service.Url) };
        var acknowledged = 0;
        await Task.WhenAll(users.Select(user => Task.Run(() => user.WalkAsync(http, () =>
        {
            if (Interlocked.Increment(ref acknowledged) == killAfter)
            {
                service.Kill();
            }
        }))));
        Assert.True(service.HasExited, $"every user finished before {killAfter} answers were acknowledged");
    }

    /// <summary>
    /// The history holds every acknowledged exchange once, in order, and at most the message in flight after them;
    /// sent again under its id, that message is answered as a duplicate exactly when it was kept. Then the walk goes on.
    /// </summary>
    private async Task ResumeAsync(HttpClient http, WebUser user)
    {
        if (user.Chat is not null)
        {
            var history = await HistoryAsync(http, user);
            var expected = user.ExpectedHistory();
            Assert.True(
                history.Take(expected.Count).SequenceEqual(expected),
                $"user {user.Number}: the history after the crash is not what was acknowledged:\n{Describe(history)}\nexpected:\n{Describe(expected)}");
            var kept = history.Skip(expected.Count).ToList();
            if (user.InFlight is not null)
            {
                var duplicate = await user.ResendAsync(http);
                Interlocked.Increment(ref _resent);
                var tail = user.ExpectedHistory().Skip(expected.Count).ToList();
                Assert.True(
                    duplicate == (kept.Count > 0),
                    $"user {user.Number}: the message in flight was {(kept.Count > 0 ? "" : "not ")}kept, yet the service said duplicate: {duplicate}");
                Assert.True(
                    kept.Count == 0 || kept.SequenceEqual(tail),
                    $"user {user.Number}: sent again, the kept message was answered differently:\n{Describe(kept)}\nagainst:\n{Describe(tail)}");
            }
            else
            {
                Assert.True(kept.Count == 0, $"user {user.Number}: the history holds what was never sent:\n{Describe(kept)}");
            }
        }

        await user.WalkAsync(http, () => { });
        var final = await HistoryAsync(http, user);
        Assert.True(final.SequenceEqual(user.ExpectedHistory()), $"user {user.Number}: the final history differs from what the service answered");
    }

    private static async Task<IReadOnlyList<(string From, string Text)>> HistoryAsync(HttpClient http, WebUser user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{WebUser.Conversations}/{user.Chat!.ConversationId}/history")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", user.Chat.Token) },
        };
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<HistoryResponse>())!.Messages.Select(m => (m.From, m.Text)).ToList();
    }

    private static string Describe(IEnumerable<(string From, string Text)> lines) =>
        string.Join('\n', lines.Select(l => $"  {l.From}: {l.Text.Split('\n')[0]}"));
}
