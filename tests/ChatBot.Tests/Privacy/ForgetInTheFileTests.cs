using System.Net;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Operators;
using ChatBot.Core.Trainings;
using ChatBot.Storage.LiteDb;
using ChatBot.Tests.Operators;
using ChatBot.Tests.Web;
using ChatBot.Web.Api;

namespace ChatBot.Tests.Privacy;

/// <summary>
/// /forget proven on the file: a web user leaves personal details everywhere the service keeps them (a survey's
/// contact, an enrollment form, a question handed to an operator, the operator's note and reply, a clarified question),
/// then erases them; the data file, decrypted page by page with its sealed fields opened, holds none of it, and the
/// figures of the reports stay.
/// </summary>
public sealed class ForgetInTheFileTests : IDisposable
{
    private const string Survey = "business_climate_survey";
    private const string Training = "simplified-tax-webinar";

    // What the user typed or was told, each in one place at least; every one must be unreadable after /forget.
    private const string EnrolledName = "Гульнара Жаксыбекова";
    private const string EnrolledPhone = "+77019876543";
    private const string Iin = "870315400732";
    private const string ContactPhone = "+77053210987";
    private const string ContactName = "Айтолкын Бекмуратова";
    private const string Question = "Каракемер-Агро";
    private const string Note = "просила перезвонить вечером";
    private const string OperatorReply = "уточню по льготам и напишу";
    private const string WhileHeld = "000 11 22";
    private const string Clarified = "подскажите по отчётности и по закрытию бизнеса";

    private static readonly string[] Personal =
        [EnrolledName, EnrolledPhone, "987 65 43", Iin, ContactPhone, "321 09 87", ContactName, Question, Note, OperatorReply, WhileHeld, Clarified];

    private readonly OperatorHost _host = new();

    public void Dispose() => _host.Dispose();

    private string DataFile => Path.Combine(_host.DataDir, ChatBotDatabase.FileName);

    private IReadOnlyList<string> Readable() => DecryptedFile.Containing(DataFile, OperatorHost.DatabasePassword, Personal);

    [Fact]
    public async Task AfterForgetNoPageOfTheFileFreeOrNotHoldsWhatTheUserGaveAndTheReportsKeepTheirFigures()
    {
        var chat = _host.Chat();
        var me = await chat.StartAsync("ru");
        var id = "web:" + me.ConversationId;
        await AnswerTheSurveyWithAContactAsync(chat, me);
        await EnrollAsync(chat, me);
        await AskAnOperatorWhoNotesRepliesAndGivesBackAsync(chat, me, id);
        Assert.Equal(Text(TextKeys.Clarify), (await chat.SayAsync(me, Clarified)).Replies.Single().Text.Trim());

        // The search finds what is there: every string is in the file or its log before the erasure, sealed: none
        // of it shows in the decrypted pages until the sealed fields are opened with the key.
        Assert.Equal(Personal, Readable());
        Assert.Empty(DecryptedFile.Containing(DataFile, OperatorHost.DatabasePassword, Personal, openSealed: false));

        Assert.Equal(Text(TextKeys.ForgetConfirmPrompt), (await chat.SayAsync(me, "/forget")).Replies[0].Text.Trim());
        Assert.Equal(Text(TextKeys.ForgetDone), (await chat.SayAsync(me, "да")).Replies[0].Text.Trim());

        // While the service runs, neither the file nor its log keeps an earlier version of an erased page.
        Assert.Empty(Readable());
        AssertTheReportsKeepTheirFigures(id);

        _host.Stop();

        Assert.Empty(Readable());
    }

    private void AssertTheReportsKeepTheirFigures(string id)
    {
        var response = Assert.Single(_host.Service<IFlowResponses>().InPeriod(Survey, "2026"));
        Assert.Equal(FlowResponseStatus.Completed, response.Status);
        Assert.Empty(_host.Service<IFlowResponses>().Contacts(Survey));
        Assert.Null(_host.Service<ITrainees>().Find(id));
        Assert.Single(_host.Service<Enrollments>().OfConversation(id));

        var handoff = Assert.Single(_host.Service<IHandoffLog>().All());
        Assert.Equal((HandoffOutcome.Released, "aigerim", null), (handoff.Outcome, handoff.Operator, handoff.Question));
        Assert.NotNull(handoff.ClaimedAt);
        Assert.NotNull(handoff.EndedAt);

        var audit = _host.Service<IAuditLog>().Recent(100).Where(e => e.ConversationId == id).ToList();
        Assert.Equal([AuditActions.Claim, AuditActions.Note, AuditActions.Reply, AuditActions.Release], audit.Select(e => e.Action).Reverse());
        Assert.All(audit, e => Assert.Null(e.Detail));
        Assert.Empty(_host.Service<IOperatorNotes>().Of(id));
    }

    private string Text(string key) => _host.Service<KnowledgeBase>().Texts.Get(key, Language.Ru).Trim();

    private async Task AnswerTheSurveyWithAContactAsync(ChatClient chat, StartConversationResponse me)
    {
        await chat.PressAsync(me, FlowPayloads.Start(Survey));
        string[] answers = ["1", "1", "1", "12", "4", "1, 5", "3", "1", "4", "10", "Снизить налоги", "да", "+7 705 321 09 87", ContactName];
        foreach (var answer in answers)
        {
            await chat.SayAsync(me, answer);
        }

        var contact = Assert.Single(_host.Service<IFlowResponses>().Contacts(Survey));
        Assert.Equal((ContactPhone, ContactName), (contact.Values["contact_phone"], contact.Values["contact_name"]));
    }

    private async Task EnrollAsync(ChatClient chat, StartConversationResponse me)
    {
        await chat.PressAsync(me, TrainingPayloads.Details(Training));
        var form = await chat.PressAsync(me, TrainingPayloads.Enroll(Training));
        await chat.PressAsync(me, form.Replies[^1].Buttons[0].Payload);
        await chat.SayAsync(me, EnrolledName);
        await chat.SayAsync(me, "+7 701 987 65 43");
        await chat.SayAsync(me, Iin);
        var sector = await chat.SayAsync(me, "180340021791");
        var confirm = await chat.PressAsync(me, sector.Replies.Single().Buttons[0].Payload);
        await chat.PressAsync(me, confirm.Replies.Single().Buttons[0].Payload);

        Assert.Equal((EnrolledName, EnrolledPhone, Iin), _host.Service<ITrainees>().Find("web:" + me.ConversationId) is { } t ? (t.Name, t.Phone, t.Iin) : default);
    }

    private async Task AskAnOperatorWhoNotesRepliesAndGivesBackAsync(ChatClient chat, StartConversationResponse me, string id)
    {
        await chat.SayAsync(me, "Соедините с оператором, вопрос по ТОО " + Question);
        Assert.Contains(Question, _host.Service<IHandoffLog>().All().Single().Question);

        var aigerim = await _host.OperatorAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await aigerim.ClaimAsync(id)).StatusCode);
        Assert.Empty((await chat.SayAsync(me, "Запишите второй номер +7 777 " + WhileHeld)).Replies);
        Assert.Equal(HttpStatusCode.NoContent, (await aigerim.PostAsync(OperatorClient.Conversation(id) + "/notes", new { text = Note })).StatusCode);

        // The user's widget is closed: the reply waits in the outbox for the event stream.
        Assert.Equal(HttpStatusCode.NoContent, (await aigerim.SayAsync(id, "Гульнара, " + OperatorReply)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await aigerim.ReleaseAsync(id)).StatusCode);
    }
}
