using ChatBot.Core.Engine;
using ChatBot.Core.Messages;
using ChatBot.Telegram.Rendering;
using ChatBot.Testing;

namespace ChatBot.Tests.Telegram.Rendering;

public sealed class TelegramRendererTests
{
    [Fact]
    public void TextFromUsersAndTheKnowledgeBaseIsEscapedForHtml()
    {
        var part = Assert.Single(TelegramRenderer.Render(OutgoingMessage.Plain("<b>ИП & ТОО</b> \"ставка\" 3%")));

        Assert.Equal("&lt;b&gt;ИП &amp; ТОО&lt;/b&gt; &quot;ставка&quot; 3%", part.Html);
        Assert.Null(part.Keyboard);
    }

    [Fact]
    public void LinksBecomeUrlButtonsAndQuickRepliesCallbackButtonsOnePerRow()
    {
        var message = new OutgoingMessage(
            "Ответ",
            [new Button("Как закрыть ИП", "intent:close_sole_proprietor"), new Button("Меню", "menu")],
            [new Link("eGov", "https://egov.kz/cms/ru")]);

        var rows = Assert.Single(TelegramRenderer.Render(message)).Keyboard!.InlineKeyboard.Select(r => r.ToList()).ToList();

        Assert.All(rows, row => Assert.Single(row));
        Assert.Equal(["eGov", "Как закрыть ИП", "Меню"], rows.Select(r => r[0].Text));
        Assert.Equal("https://egov.kz/cms/ru", rows[0][0].Url);
        Assert.Equal(["intent:close_sole_proprietor", "menu"], rows.Skip(1).Select(r => r[0].CallbackData));
    }

    [Fact]
    public void ThumbsUpAndDownShareTheLastRowUnderAnAnswer()
    {
        var message = new OutgoingMessage(
            "Ответ",
            [new Button("Подробнее", Payloads.More("vat")), new Button("👍", Payloads.RateUp("vat")), new Button("👎", Payloads.RateDown("vat")), new Button("Меню", "menu")],
            []);

        var rows = Assert.Single(TelegramRenderer.Render(message)).Keyboard!.InlineKeyboard.Select(r => string.Join(" ", r.Select(b => b.Text))).ToList();

        Assert.Equal(["Подробнее", "Меню", "👍 👎"], rows);
    }

    [Fact]
    public void TheKeyboardGoesUnderTheLastPartOfALongReply()
    {
        var message = new OutgoingMessage(new string('а', 4000) + "\n\n" + new string('б', 1000), [new Button("Меню", "menu")], []);

        var parts = TelegramRenderer.Render(message);

        Assert.Equal(2, parts.Count);
        Assert.Null(parts[0].Keyboard);
        Assert.NotNull(parts[1].Keyboard);
    }

    [Fact]
    public void AButtonWhosePayloadTelegramWouldRefuseIsLeftOutRatherThanLosingTheMessage()
    {
        var message = new OutgoingMessage("Ответ", [new Button("Длинная", "intent:" + new string('x', 80)), new Button("Меню", "menu")], []);

        var buttons = Assert.Single(TelegramRenderer.Render(message)).Keyboard!.InlineKeyboard.SelectMany(r => r).ToList();

        Assert.Equal(["Меню"], buttons.Select(b => b.Text));
    }

    [Fact]
    public void EveryPayloadTheKnowledgeBaseProducesFitsInTelegramsCallbackData()
    {
        var payloads = SharedModel.Knowledge.Intents.Select(i => Payloads.Intent(i.Id))
            .Concat(SharedModel.Knowledge.Categories.Select(Payloads.Category));

        Assert.All(payloads, p => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(p), 1, TelegramRenderer.MaxCallbackDataBytes));
    }

    [Fact]
    public void AnAttachmentFollowsTheTextAsADocumentAndTheKeyboardStaysOnTheText()
    {
        var file = new Attachment("training.ics", "text/calendar", [1, 2, 3]);
        var message = new OutgoingMessage("Вы записаны", [new Button("Отменить запись", "tr:cancel:1")], [], Attachment: file);

        var parts = TelegramRenderer.Render(message);

        Assert.Equal(2, parts.Count);
        Assert.Equal("Вы записаны", parts[0].Html);
        Assert.NotNull(parts[0].Keyboard);
        Assert.Null(parts[0].Document);
        Assert.Same(file, parts[1].Document);
        Assert.Null(parts[1].Keyboard);
    }
}
