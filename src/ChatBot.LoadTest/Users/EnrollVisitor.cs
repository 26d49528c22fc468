using ChatBot.LoadTest.Api;

namespace ChatBot.LoadTest.Users;

/// <summary>
/// Asks for the trainings in words or through the menu, opens one, presses "enroll" (or "put me on the waiting list"
/// once its seats are taken) and fills the form, agreeing to everything, to its confirmation.
/// </summary>
internal static class EnrollVisitor
{
    private const string List = "training:list";
    private const string Details = "training:details:";
    private const string Enroll = "training:enroll:";
    private const string Wait = "training:wait:";

    public static async Task<bool> VisitAsync(Visit visit, WebConversation conversation)
    {
        var list = visit.Random.Next(2) == 0
            ? await visit.SayAsync(TurnKind.Enroll, conversation, conversation.Language == "kk" ? "оқуға жазылғым келеді" : "хочу записаться на обучение")
            : await visit.SayAsync(TurnKind.Enroll, conversation, "/menu");
        if (list.Ok && Button(list.Last, Details) is null && Button(list.Last, List) is { } listButton)
        {
            list = await visit.PressAsync(TurnKind.Enroll, conversation, listButton.Payload);
        }

        if (!list.Ok || Trainings(list.Last) is not { Count: > 0 } trainings)
        {
            return false;
        }

        var details = await visit.PressAsync(TurnKind.Enroll, conversation, visit.Pick(trainings).Payload);
        if (!details.Ok || (Button(details.Last, Enroll) ?? Button(details.Last, Wait)) is not { } enroll)
        {
            return false;
        }

        var form = await visit.PressAsync(TurnKind.Enroll, conversation, enroll.Payload);
        return form.Ok && FlowPlayer.Asks(form.Last) && await FlowPlayer.PlayAsync(visit, TurnKind.Enroll, conversation, form.Last!, agreeable: true);
    }

    private static List<ChatButton>? Trainings(ChatReply? reply) =>
        reply?.Buttons.Where(b => b.Payload.StartsWith(Details, StringComparison.Ordinal)).ToList();

    private static ChatButton? Button(ChatReply? reply, string prefix) =>
        reply?.Buttons.FirstOrDefault(b => b.Payload.StartsWith(prefix, StringComparison.Ordinal));
}
