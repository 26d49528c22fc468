using System.Net;
using ChatBot.Core.Engine;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;

namespace ChatBot.Tests.Telegram;

/// <summary>
/// Users talk to the running service through the real Telegram.Bot client and a fake Bot API, by long polling:
/// what they send arrives as updates, what they read is what the bot delivered with sendMessage.
/// </summary>
[Collection(TelegramHostCollection.Name)]
public sealed class TelegramConversationTests(TelegramChannelFixture channel) : IClassFixture<TelegramChannelFixture>
{
    private static KnowledgeBase Knowledge => SharedModel.Knowledge;

    private static string Text(string key, Language language) => Knowledge.Texts.Get(key, language).Trim();

    /// <summary>What the user reads: Telegram shows the HTML with its entities resolved.</summary>
    private static string Shown(Testing.Telegram.SentMessage message) => WebUtility.HtmlDecode(message.Text);

    [Fact]
    public async Task StartIsAnsweredWithTheGreetingInHtmlAndTheMenuAsInlineButtons()
    {
        var user = channel.NewUser();
        user.Send("/start");

        var greeting = await user.NextReplyAsync();
        Assert.Equal("html", greeting.ParseMode?.ToLowerInvariant());
        Assert.StartsWith(Text(TextKeys.Greeting, Language.Ru).Trim(), Shown(greeting), StringComparison.Ordinal);
        Assert.Contains(greeting.Buttons, b => b.CallbackData == Payloads.Topics);
        Assert.Contains(greeting.Buttons, b => b.CallbackData == Payloads.Operator);
        Assert.Contains(greeting.Buttons, b => b.CallbackData == Payloads.ChooseLanguage);
    }

    [Fact]
    public async Task A_Telegram_user_waiting_for_a_consultant_is_answered_and_told_the_consultant_will_reply()
    {
        var user = channel.NewUser();
        user.Send("/operator");
        await user.NextReplyAsync();

        user.Send("как открыть ИП?");

        Assert.StartsWith(Knowledge.Find("register_sole_proprietor")!.FirstAnswer!.In(Language.Ru).Trim(), Shown(await user.NextReplyAsync()), StringComparison.Ordinal);
        Assert.Contains((await user.NextReplyAsync()).Buttons, b => b.CallbackData == Payloads.LeaveQueue);
    }

    [Fact]
    public async Task A_language_chosen_with_lang_in_Telegram_stays_and_a_follow_up_keeps_the_topic()
    {
        var user = channel.NewUser();
        user.Send("/lang kk");
        Assert.Equal(Text(TextKeys.LanguageSwitched, Language.Kk), Shown(await user.NextReplyAsync()));

        user.Send("как открыть ИП?");
        Assert.StartsWith(Knowledge.Find("register_sole_proprietor")!.FirstAnswer!.In(Language.Kk).Trim(), Shown(await user.NextReplyAsync()), StringComparison.Ordinal);
        user.Send("а для ТОО?");
        Assert.StartsWith(Knowledge.Find("register_llp")!.FirstAnswer!.In(Language.Kk).Trim(), Shown(await user.NextReplyAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCommandMenuIsRegisteredInRussianInKazakhAndForEveryOtherLanguage()
    {
        await channel.Api.WaitUntilAsync(() => channel.Api.Calls("setMyCommands").Count >= 3, "three setMyCommands calls");

        var calls = channel.Api.Calls("setMyCommands");
        Assert.Equal(["", "kk", "ru"], calls.Select(c => c.Body["language_code"]?.ToString() ?? "").Order());
        var kazakh = calls.Single(c => c.Body["language_code"]?.ToString() == "kk").Body["commands"]!.AsArray();
        Assert.Equal(TextKeys.MenuCommands, kazakh.Select(c => c!["command"]!.ToString()));
        Assert.Equal(Text(TextKeys.CommandPrefix + "forget", Language.Kk), kazakh.Last()!["description"]!.ToString());
    }

    [Fact]
    public async Task AnFaqIsAnsweredShortWithPodrobneeAsAnInlineButtonWhichBringsTheFullAnswerWithItsLinksAsUrlButtons()
    {
        var user = channel.NewUser();
        user.Send("как открыть ИП?");

        var brief = await user.NextReplyAsync();
        var intent = Knowledge.Find("register_sole_proprietor")!;
        Assert.StartsWith(intent.Short!.In(Language.Ru).Trim(), Shown(brief), StringComparison.Ordinal);
        Assert.Contains(brief.Buttons, b => b.Text == Text(TextKeys.ButtonMore, Language.Ru) && b.CallbackData == Payloads.More(intent.Id));
        Assert.DoesNotContain(brief.Buttons, b => b.Url is not null);

        user.Press(Text(TextKeys.ButtonMore, Language.Ru));
        var full = await user.NextReplyAsync();
        Assert.StartsWith(intent.Answer!.In(Language.Ru).Trim(), Shown(full), StringComparison.Ordinal);
        Assert.Equal(intent.Links.Select(l => l.Url), full.Buttons.Where(b => b.Url is not null).Select(b => b.Url));
        Assert.Contains(full.Buttons, b => b.CallbackData == Payloads.Menu);
    }

    [Fact]
    public async Task AnFaqAskedInKazakhIsAnsweredInKazakh()
    {
        var user = channel.NewUser("kk");
        user.Send("ЖК қалай ашамын");

        var answer = await user.NextReplyAsync();
        Assert.StartsWith(Knowledge.Find("register_sole_proprietor")!.FirstAnswer!.In(Language.Kk).Trim(), Shown(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PressingAnInlineButtonAnswersTheCallbackQueryAndContinuesTheConversation()
    {
        var user = channel.NewUser();
        user.Send("/start");
        await user.NextReplyAsync();

        user.Press(Text(TextKeys.ButtonTopics, Language.Ru));
        Assert.Equal(Text(TextKeys.TopicsTitle, Language.Ru), Shown(await user.NextReplyAsync()));
        user.Press(Text(TextKeys.CategoryPrefix + "registration", Language.Ru));
        var topics = await user.NextReplyAsync();
        Assert.Equal(Text(TextKeys.CategoryPick, Language.Ru), Shown(topics));
        await channel.Api.WaitUntilAsync(
            () => channel.Api.Calls("answerCallbackQuery").Count > 0, "the callback query answered");

        user.Press(Knowledge.Find("register_sole_proprietor")!.Title.In(Language.Ru));
        var answer = await user.NextReplyAsync();
        Assert.StartsWith(Knowledge.Find("register_sole_proprietor")!.FirstAnswer!.In(Language.Ru).Trim(), Shown(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSurveyDeepLinkStartsTheSurveyInTheUsersLanguageAndItsButtonsAnswerIt()
    {
        var survey = SharedModel.Dialogs.Find("business_climate_survey")!;
        var user = channel.NewUser("kk");
        user.Send("/start survey");

        Assert.Equal(survey.Title.Kk + "\n\n" + survey.Intro.Kk, Shown(await user.NextReplyAsync()));
        var first = await user.NextReplyAsync();
        Assert.StartsWith("1 / 11\n\n" + survey.Steps[0].Prompt.Kk, Shown(first), StringComparison.Ordinal);
        user.Press(survey.Steps[0].Options[0].Label.Kk);
        Assert.StartsWith("2 / 11\n\n" + survey.Steps[1].Prompt.Kk, Shown(await user.NextReplyAsync()), StringComparison.Ordinal);
        var transcript = channel.Host.Runtime.Store.Transcript("telegram:" + user.ChatId);
        Assert.Equal("/start survey", transcript[0].Text);
    }

    [Fact]
    public async Task APhotoOutsideAFormIsNotDownloadedAndGetsTheNoteWhereFilesAreTakenAndTheMenuInTheLanguageOfTheUsersApp()
    {
        var user = channel.NewUser("kk");
        user.SendPhoto();

        Assert.Equal(Text(ChatBot.Core.Flows.FlowTextKeys.FileOutsideForm, Language.Kk), Shown(await user.NextReplyAsync()));
        var menu = await user.NextReplyAsync();
        Assert.StartsWith(Text(TextKeys.MenuTitle, Language.Kk), Shown(menu), StringComparison.Ordinal);
        Assert.Contains(menu.Buttons, b => b.CallbackData == Payloads.Topics);
        Assert.DoesNotContain(channel.Api.Calls("getFile"), c => c.Body["file_id"]?.ToString() == "photo-1");
    }

    [Fact]
    public async Task ALocationInAConversationHeldInRussianGetsTheNoteInRussian()
    {
        var user = channel.NewUser("kk");
        user.Send("/lang ru");
        Assert.Equal(Text(TextKeys.LanguageSwitched, Language.Ru), Shown(await user.NextReplyAsync()));

        user.SendLocation();
        Assert.Equal(Text(TextKeys.UnsupportedMessage, Language.Ru), Shown(await user.NextReplyAsync()));
    }

    [Fact]
    public async Task AnEditedMessageIsIgnored()
    {
        var user = channel.NewUser();
        user.Edit("как открыть ИП?");
        user.Send("/help");

        // Updates of one chat are handled in order: had the edit been answered, its answer would come first.
        Assert.Equal(Text(TextKeys.Help, Language.Ru), Shown(await user.NextReplyAsync()));
    }

    [Fact]
    public async Task AMessageInAGroupChatGetsAOneLineNoteThatTheBotWorksInPrivateChats()
    {
        var user = channel.NewUser();
        const long groupId = -100777;
        channel.Api.AddGroupMessage(groupId, user, "/start");

        await channel.Api.WaitUntilAsync(() => channel.Api.Sent(groupId).Count > 0, "the note in the group");
        var note = channel.Api.Sent(groupId).Single();
        Assert.Equal(Text(TextKeys.GroupChatNote, Language.Ru), WebUtility.HtmlDecode(note.Text));
        Assert.DoesNotContain('\n', note.Text);
    }

    [Fact]
    public async Task AnUpdateDeliveredTwiceIsAnsweredOnce()
    {
        var user = channel.NewUser();
        var first = user.Send("/help");
        Assert.Equal(Text(TextKeys.Help, Language.Ru), Shown(await user.NextReplyAsync()));

        channel.Api.Redeliver(channel.Api.UpdateWithId(first));
        user.Send("/menu");

        Assert.StartsWith(Text(TextKeys.MenuTitle, Language.Ru), Shown(await user.NextReplyAsync()), StringComparison.Ordinal);
        await channel.Host.OutboxDrainedAsync(channel.Api, user.ChatId);
        Assert.Equal(2, channel.Api.Sent(user.ChatId).Count);
    }

    [Fact]
    public async Task AUserWhoBlockedTheBotIsMarkedAndNothingMoreIsSentUntilTheyWriteAgain()
    {
        var user = channel.NewUser();
        channel.Api.Block(user.ChatId);
        user.SendPhoto();   // two replies: the note and the menu
        var conversationId = "telegram:" + user.ChatId;
        await channel.Api.WaitUntilAsync(
            () => channel.Host.Runtime.Store.Transcript(conversationId).Any(t => t.From == MessageAuthor.Bot), "the menu committed");

        await channel.Host.OutboxDrainedAsync(channel.Api, user.ChatId);
        var attempts = channel.Api.Calls("sendMessage").Where(c => c.ChatId == user.ChatId).ToList();
        Assert.Equal(403, Assert.Single(attempts).Status);
        Assert.True(channel.Host.Runtime.BlockedChats.IsBlocked("telegram", user.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        channel.Api.Unblock(user.ChatId);
        user.Send("/start");
        Assert.StartsWith(Text(TextKeys.Greeting, Language.Ru).Trim(), Shown(await user.NextReplyAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTelegramSaysTheUserBlockedTheBotNothingIsSentToThemUntilTheyUnblockIt()
    {
        var user = channel.NewUser();
        var chatId = user.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        user.BlockBot();
        await channel.Api.WaitUntilAsync(() => channel.Host.Runtime.BlockedChats.IsBlocked("telegram", chatId), "the chat marked blocked");

        channel.Host.Runtime.Outbox.Add(new Core.Conversations.OutboxItem
        {
            ConversationId = "telegram:" + chatId,
            Channel = "telegram",
            ChatId = chatId,
            Message = OutgoingMessage.Plain("Ответ консультанта"),
            CreatedAt = DateTimeOffset.UtcNow,
        });
        await channel.Host.OutboxDrainedAsync(channel.Api, user.ChatId);
        Assert.DoesNotContain(channel.Api.Calls("sendMessage"), c => c.ChatId == user.ChatId);

        user.BlockBot(blocked: false);
        await channel.Api.WaitUntilAsync(() => !channel.Host.Runtime.BlockedChats.IsBlocked("telegram", chatId), "the chat unblocked");
        user.Send("/help");
        Assert.Equal(Text(TextKeys.Help, Language.Ru), Shown(await user.NextReplyAsync()));
    }
}
