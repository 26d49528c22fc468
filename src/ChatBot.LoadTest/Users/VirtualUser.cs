using ChatBot.LoadTest.Arguments;

namespace ChatBot.LoadTest.Users;

/// <summary>
/// One of the <c>--conversations</c> simulated people: opens a conversation in a language drawn from <c>--langs</c>, does
/// what it came for (drawn from <c>--mix</c>), and starts over as the next visitor, until the run stops.
/// </summary>
internal static class VirtualUser
{
    // After a failed turn the visitor leaves; the pause keeps a service that refuses everything from being flooded.
    private static readonly TimeSpan AfterFailure = TimeSpan.FromMilliseconds(100);

    public static async Task RunAsync(Visit visit, Weights<SessionKind> mix, Weights<string> languages)
    {
        try
        {
            while (!visit.Stop.IsCancellationRequested)
            {
                var started = await visit.StartAsync(languages.Draw(visit.Random));
                var kind = mix.Draw(visit.Random);
                var completed = started.Conversation is { } conversation && kind switch
                {
                    SessionKind.Survey => await SurveyVisitor.VisitAsync(visit, conversation),
                    SessionKind.Enroll => await EnrollVisitor.VisitAsync(visit, conversation),
                    _ => await FaqVisitor.VisitAsync(visit, conversation),
                };
                visit.Recorder.Session(kind, completed);
                if (!completed)
                {
                    await Task.Delay(AfterFailure, visit.Stop);
                }
            }
        }
        catch (OperationCanceledException) when (visit.Stop.IsCancellationRequested)
        {
            // The run is over; the turn in flight, if any, was finished and counted.
        }
    }
}
