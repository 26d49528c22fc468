using ChatBot.Core.Flows;
using ChatBot.Telegram.Pressing;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Tests.Telegram.Pressing;

public sealed class PressEditTests
{
    private static Message Pressed(string text, params InlineKeyboardButton[] buttons) => new()
    {
        Id = 7,
        Text = text,
        ReplyMarkup = new InlineKeyboardMarkup(buttons.Select(b => new[] { b })),
    };

    [Fact]
    public void APressedChoiceIsAppendedAsAMarkWithItsLabelAndTheCallbackButtonsGo()
    {
        var message = Pressed("Уточните вопрос", InlineKeyboardButton.WithCallbackData("Открыть ИП", "intent:a"), InlineKeyboardButton.WithCallbackData("Закрыть ИП", "intent:b"));

        var edit = Assert.IsType<PressEdit.TextAndKeyboard>(PressEdit.For(message, "intent:b"));

        Assert.Equal("Уточните вопрос\n\n✓ Закрыть ИП", edit.Text);
        Assert.Null(edit.Links);
    }

    [Fact]
    public void LinkButtonsStayUnderTheMessageBecauseAnOfficialSourceDoesNotGoStale()
    {
        var message = Pressed("Ответ", InlineKeyboardButton.WithUrl("egov.kz", "https://egov.kz"), InlineKeyboardButton.WithCallbackData("Меню", "menu"));

        var edit = Assert.IsType<PressEdit.TextAndKeyboard>(PressEdit.For(message, "menu"));

        var link = Assert.Single(edit.Links!.InlineKeyboard.SelectMany(row => row));
        Assert.Equal("https://egov.kz", link.Url);
    }

    [Fact]
    public void TheFormattingOfTheOriginalTextIsKeptThroughItsEntities()
    {
        var message = Pressed("Жирный текст", InlineKeyboardButton.WithCallbackData("Да", "yes"));
        message.Entities = [new MessageEntity { Type = MessageEntityType.Bold, Offset = 0, Length = 6 }];

        var edit = Assert.IsType<PressEdit.TextAndKeyboard>(PressEdit.For(message, "yes"));

        Assert.Same(message.Entities, edit.Entities);
    }

    [Fact]
    public void AnOptionOfAMultiChoiceQuestionOnlyRemovesTheKeyboardBecauseTheQuestionComesAgainWithTheSelection()
    {
        var message = Pressed(
            "7 / 15\n\nЧто мешает?",
            InlineKeyboardButton.WithCallbackData("Налоги", FlowPayloads.Answer("barriers", "taxes")),
            InlineKeyboardButton.WithCallbackData("Готово", FlowPayloads.Done("barriers")));

        var edit = Assert.IsType<PressEdit.KeyboardOnly>(PressEdit.For(message, FlowPayloads.Answer("barriers", "taxes")));

        Assert.Null(edit.Links);
    }

    [Fact]
    public void DoneOnAMultiChoiceQuestionIsMarkedLikeAnyOtherChoice()
    {
        var message = Pressed(
            "7 / 15\n\nЧто мешает?",
            InlineKeyboardButton.WithCallbackData("✓ Налоги", FlowPayloads.Answer("barriers", "taxes")),
            InlineKeyboardButton.WithCallbackData("Готово", FlowPayloads.Done("barriers")));

        var edit = Assert.IsType<PressEdit.TextAndKeyboard>(PressEdit.For(message, FlowPayloads.Done("barriers")));

        Assert.EndsWith("\n\n✓ Готово", edit.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AMessageWhoseButtonsAreAlreadyGoneOrThatTelegramDidNotSendIsLeftAlone()
    {
        Assert.IsType<PressEdit.None>(PressEdit.For(new Message { Id = 7, Text = "✓ Открыть ИП" }, "intent:a"));
        Assert.IsType<PressEdit.None>(PressEdit.For(null, "intent:a"));
        Assert.IsType<PressEdit.None>(PressEdit.For(Pressed("Ответ", InlineKeyboardButton.WithUrl("egov.kz", "https://egov.kz")), "intent:a"));
    }

    [Fact]
    public void APayloadThatIsNotUnderTheMessageRemovesTheButtonsWithoutAMark()
    {
        var message = Pressed("Вопрос", InlineKeyboardButton.WithCallbackData("Да", "yes"));

        Assert.IsType<PressEdit.KeyboardOnly>(PressEdit.For(message, "something-else"));
    }

    [Fact]
    public void ATextThatTheMarkWouldMakeTooLongKeepsItsTextAndLosesOnlyTheButtons()
    {
        var message = Pressed(new string('а', PressEdit.MaxTextLength - 3), InlineKeyboardButton.WithCallbackData("Да", "yes"));

        Assert.IsType<PressEdit.KeyboardOnly>(PressEdit.For(message, "yes"));
    }

    [Fact]
    public void ADocumentWithButtonsUnderItsCaptionLosesOnlyTheButtons()
    {
        var message = new Message { Id = 7, Caption = "файл", ReplyMarkup = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Да", "yes")) };

        Assert.IsType<PressEdit.KeyboardOnly>(PressEdit.For(message, "yes"));
    }
}
