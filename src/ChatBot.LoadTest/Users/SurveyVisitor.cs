using ChatBot.LoadTest.Api;

namespace ChatBot.LoadTest.Users;

/// <summary>Asks for the survey in words or opens the menu and presses its button, then answers it to the end.</summary>
internal static class SurveyVisitor
{
    private const string StartButton = "flow:start:";

    public static async Task<bool> VisitAsync(Visit visit, WebConversation conversation)
    {
        var opening = visit.Random.Next(2) == 0
            ? await visit.SayAsync(TurnKind.Survey, conversation, conversation.Language == "kk" ? "сауалнамадан өткім келеді" : "хочу пройти опрос")
            : null;
        if (opening is not null && !opening.Ok)
        {
            return false;
        }

        if (!FlowPlayer.Asks(opening?.Last))
        {
            var menu = await visit.SayAsync(TurnKind.Survey, conversation, "/menu");
            var button = menu.Last?.Buttons.FirstOrDefault(b => b.Payload.StartsWith(StartButton, StringComparison.Ordinal));
            if (button is null)
            {
                return false;
            }

            opening = await visit.PressAsync(TurnKind.Survey, conversation, button.Payload);
        }

        return opening is { Ok: true, Last: { } question } && await FlowPlayer.PlayAsync(visit, TurnKind.Survey, conversation, question, agreeable: false);
    }
}
