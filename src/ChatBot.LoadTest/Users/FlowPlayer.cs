using ChatBot.LoadTest.Api;

namespace ChatBot.LoadTest.Users;

/// <summary>
/// Answers a form to its end the way the widget's user does: presses one of the question's buttons (ticks one to three
/// of a multiple choice, then "done"), sometimes skips what may be skipped, and types where a question has no buttons
/// (<see cref="TypedAnswers"/>). The button payloads are the service's own (docs/flows.md).
/// </summary>
internal static class FlowPlayer
{
    private const string Answer = "flow:a:";
    private const string Done = "flow:done:";
    private const string Skip = "flow:skip:";
    private const string Cancel = "flow:cancel";
    private const int MostQuestions = 40;
    private const int MostRefusals = 3;

    /// <summary>Is this the question of a form (it has the form's exit button)?</summary>
    public static bool Asks(ChatReply? reply) => reply?.Buttons.Any(b => b.Payload == Cancel) == true;

    /// <param name="agreeable">Says yes to every yes-or-no question (an enrollment's consent and confirmation).</param>
    /// <returns>Whether the form ended by itself; false when a turn failed or the visitor gave up.</returns>
    public static async Task<bool> PlayAsync(Visit visit, TurnKind kind, WebConversation conversation, ChatReply question, bool agreeable)
    {
        var refusals = 0;
        var ticks = visit.Random.Next(1, 4);
        for (var i = 0; i < MostQuestions && Asks(question); i++)
        {
            var (payload, text) = Choose(visit, conversation, question, agreeable, ticks, refusals);
            var result = payload is null
                ? await visit.SayAsync(kind, conversation, text!)
                : await visit.PressAsync(kind, conversation, payload);
            if (!result.Ok || result.Last is not { } next)
            {
                return false;
            }

            refusals = text is not null && next.Text == question.Text ? refusals + 1 : 0;
            if (refusals == MostRefusals)
            {
                await visit.PressAsync(kind, conversation, Cancel);
                return false;
            }

            question = next;
        }

        return !Asks(question);
    }

    private static (string? Payload, string? Text) Choose(
        Visit visit, WebConversation conversation, ChatReply question, bool agreeable, int ticks, int refusals)
    {
        var answers = question.Buttons.Where(b => b.Payload.StartsWith(Answer, StringComparison.Ordinal)).ToList();
        if (question.Buttons.FirstOrDefault(b => b.Payload.StartsWith(Done, StringComparison.Ordinal)) is { } done)
        {
            // A multiple choice: ticked options come back marked ✓.
            var unticked = answers.Where(b => !b.Title.StartsWith('✓')).ToList();
            return answers.Count - unticked.Count >= ticks || unticked.Count == 0 ? (done.Payload, null) : (visit.Pick(unticked).Payload, null);
        }

        if (answers.Count > 0)
        {
            var yes = answers.FirstOrDefault(b => b.Payload.EndsWith(":yes", StringComparison.Ordinal));
            return (agreeable && yes is not null ? yes.Payload : visit.Pick(answers).Payload, null);
        }

        if (question.Buttons.FirstOrDefault(b => b.Payload.StartsWith(Skip, StringComparison.Ordinal)) is { } skip && visit.Random.Next(2) == 0)
        {
            return (skip.Payload, null);
        }

        return (null, TypedAnswers.For(question.Text, conversation.Language, visit.Random, refusals));
    }
}
