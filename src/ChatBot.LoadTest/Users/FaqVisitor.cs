using ChatBot.LoadTest.Api;

namespace ChatBot.LoadTest.Users;

/// <summary>Asks one to three questions in their own words; now and then presses a related topic under an answer.</summary>
internal static class FaqVisitor
{
    private const string TopicButton = "intent:";

    public static async Task<bool> VisitAsync(Visit visit, WebConversation conversation)
    {
        var questions = visit.Random.Next(1, 4);
        for (var i = 0; i < questions; i++)
        {
            var answer = await visit.SayAsync(TurnKind.Faq, conversation, visit.Questions.Draw(conversation.Language, visit.Random));
            if (!answer.Ok)
            {
                return false;
            }

            var topics = answer.Last?.Buttons.Where(b => b.Payload.StartsWith(TopicButton, StringComparison.Ordinal)).ToList() ?? [];
            if (topics.Count > 0 && visit.Random.Next(10) < 3 && !(await visit.PressAsync(TurnKind.Faq, conversation, visit.Pick(topics).Payload)).Ok)
            {
                return false;
            }
        }

        return true;
    }
}
