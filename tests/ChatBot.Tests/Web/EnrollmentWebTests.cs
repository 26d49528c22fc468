using System.Text;
using ChatBot.Core.Trainings;
using ChatBot.Web.Api;

namespace ChatBot.Tests.Web;

/// <summary>Enrolling through the widget's chat API: the calendar file travels inside the reply and stays in the history.</summary>
public sealed class EnrollmentWebTests(WebChatHost host) : IClassFixture<WebChatHost>
{
    private const string Training = "simplified-tax-webinar";
    private readonly ChatClient _chat = host.Chat();

    [Fact]
    public async Task TheConfirmationCarriesTheIcsFileAndAReloadedHistoryStillOffersIt()
    {
        var chat = await _chat.StartAsync("ru");
        var menu = await _chat.SayAsync(chat, "/menu");
        Assert.Contains(menu.Replies.Single().Buttons, b => b.Payload == TrainingPayloads.List);
        var list = await _chat.PressAsync(chat, TrainingPayloads.List);
        Assert.Contains(list.Replies.Single().Buttons, b => b.Payload == TrainingPayloads.Details(Training));

        await _chat.PressAsync(chat, TrainingPayloads.Details(Training));
        var form = await _chat.PressAsync(chat, TrainingPayloads.Enroll(Training));
        Assert.StartsWith("1 / 7", form.Replies[^1].Text, StringComparison.Ordinal);
        await _chat.PressAsync(chat, form.Replies[^1].Buttons[0].Payload);
        await _chat.SayAsync(chat, "Айгерим Серикова");
        await _chat.SayAsync(chat, "+7 701 123 45 67");
        await _chat.SayAsync(chat, "061211600012");
        var sector = await _chat.SayAsync(chat, "180340021791");
        var confirm = await _chat.PressAsync(chat, sector.Replies.Single().Buttons[0].Payload);
        var done = await _chat.PressAsync(chat, confirm.Replies.Single().Buttons[0].Payload);

        var confirmation = done.Replies.Single();
        AssertCalendar(confirmation.Attachment);
        Assert.Contains(confirmation.Links, l => l.Url == "https://meet.example.org/chatbot-tax-910");
        var history = await _chat.HistoryAsync(chat);
        AssertCalendar(history.Messages.Last(m => m.From == "bot").Attachment);
    }

    private static void AssertCalendar(ChatAttachment? attachment)
    {
        Assert.NotNull(attachment);
        Assert.Equal((Training + ".ics", TrainingCalendar.MediaType), (attachment.FileName, attachment.MediaType));
        Assert.StartsWith("BEGIN:VCALENDAR", Encoding.UTF8.GetString(attachment.Content), StringComparison.Ordinal);
    }
}
