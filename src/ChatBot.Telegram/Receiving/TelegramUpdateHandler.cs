using System.Globalization;
using ChatBot.Core.Conversations;
using ChatBot.Core.Engine;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;
using ChatBot.Telegram.Pressing;
using ChatBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Receiving;

/// <summary>
/// Handles one update, whether it came by long polling or by the webhook: runs the turn (committing its
/// replies to the outbox) and wakes the sender. When this returns, the update may be confirmed to Telegram.
/// </summary>
internal sealed class TelegramUpdateHandler(
    ITelegramBotClient bot,
    ConversationEngine engine,
    IConversationStore store,
    IOutbox outbox,
    IBlockedChats blockedChats,
    ConversationEvents events,
    TypingIndicator typing,
    PressMarker marker,
    HeldChats heldChats,
    FileDownload files,
    TimeProvider time,
    ILogger<TelegramUpdateHandler> logger)
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(10);

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        var input = UpdateReader.Read(update, time.GetUtcNow());
        switch (input)
        {
            case TelegramInput.Turn turn:
                await TurnAsync(turn, cancellationToken);
                break;
            case TelegramInput.SentFile file:
                await FileAsync(file, cancellationToken);
                break;
            case TelegramInput.NotText notText:
                await NotTextAsync(notText, cancellationToken);
                break;
            case TelegramInput.BlockChanged change:
                BlockChanged(change);
                break;
            case TelegramInput.GroupChat group:
                Notice(group.ChatId, engine.Knowledge.Texts.Get(TextKeys.GroupChatNote, group.LanguageHint));
                break;
            case TelegramInput.Malformed malformed:
                logger.LogWarning("Telegram update {UpdateId} skipped: {Missing}", update.Id, malformed.Missing);
                break;
        }

        // Wakes the sender for what the update queued, and for a chat whose hold (while a press was marked) just ended.
        if (ChatOf(input) is { } chatId)
        {
            events.Publish(ConversationIds.Of(TelegramChannel.Name, chatId.ToString(CultureInfo.InvariantCulture)), ConversationChange.Replies);
        }
    }

    private static long? ChatOf(TelegramInput input) => input switch
    {
        TelegramInput.Turn turn => turn.ChatId,
        TelegramInput.SentFile file => file.ChatId,
        TelegramInput.NotText notText => notText.ChatId,
        TelegramInput.GroupChat group => group.ChatId,
        TelegramInput.BlockChanged change => change.ChatId,
        _ => null,
    };

    private async Task TurnAsync(TelegramInput.Turn turn, CancellationToken cancellationToken)
    {
        WroteAgain(turn.ChatId);

        // The answer waits for the edit of the pressed message: the user sees the choice marked, then the answer.
        using var hold = turn.CallbackQueryId is null ? null : heldChats.Hold(turn.Message.ChatId);

        // Stops the spinner on the pressed button at once, alongside the turn; the reply follows as a new message.
        var answering = turn.CallbackQueryId is { } queryId ? AnswerCallbackAsync(queryId, cancellationToken) : Task.CompletedTask;
        var outcome = await typing.WhileAsync(turn.ChatId, engine.HandleAsync(turn.Message, cancellationToken), cancellationToken);
        await answering;

        // Only after the commit (a crash before it leaves the buttons for the press that Telegram sends again),
        // and only once: a press delivered twice is a duplicate turn and edits nothing the second time.
        if (turn.CallbackQueryId is not null && !outcome.Duplicate && turn.Message.Payload is { } data)
        {
            await marker.MarkAsync(turn.ChatId, turn.PressedOn, data, cancellationToken);
        }
    }

    /// <summary>
    /// Fetched only when the form waits for files and the file fits (nobody's unwanted upload is downloaded), and
    /// not again for an update read twice; the turn then takes it or says why not.
    /// </summary>
    private async Task FileAsync(TelegramInput.SentFile input, CancellationToken cancellationToken)
    {
        var message = input.Message;
        var file = message.File!;
        if (!store.HasProcessed(message.ConversationId, message.PlatformMessageId!) && engine.JudgeFile(message.ConversationId, file.Size) == FileVerdict.Take)
        {
            message = message with { File = await files.FetchAsync(input.FileId, file, cancellationToken) };
        }

        await TurnAsync(new TelegramInput.Turn(message, input.ChatId, null), cancellationToken);
    }

    /// <summary>The note first, then the menu as the engine's turn, so that the update is still answered only once.</summary>
    private async Task NotTextAsync(TelegramInput.NotText input, CancellationToken cancellationToken)
    {
        WroteAgain(input.ChatId);
        var chatId = input.ChatId.ToString(CultureInfo.InvariantCulture);
        var conversationId = ConversationIds.Of(TelegramChannel.Name, chatId);
        if (store.HasProcessed(conversationId, input.UpdateId))
        {
            return;
        }

        var language = store.Find(conversationId)?.Language ?? input.LanguageHint;
        Notice(input.ChatId, engine.Knowledge.Texts.Get(TextKeys.UnsupportedMessage, language));
        var showMenu = IncomingMessage.FromButton(TelegramChannel.Name, chatId, Payloads.Menu, time.GetUtcNow(), input.UpdateId)
            with { LanguageHint = input.LanguageHint };
        await engine.HandleAsync(showMenu, cancellationToken);
    }

    private void Notice(long chatId, string text)
    {
        var chat = chatId.ToString(CultureInfo.InvariantCulture);
        outbox.Add(OutboxItem.For(ConversationIds.Of(TelegramChannel.Name, chat), TelegramChannel.Name, chat, OutgoingMessage.Plain(text), time.GetUtcNow()));
    }

    /// <summary>Blocked: what waits for the chat is dropped at its turn, without a call. Unblocked: sending resumes.</summary>
    private void BlockChanged(TelegramInput.BlockChanged change)
    {
        var chat = change.ChatId.ToString(CultureInfo.InvariantCulture);
        if (change.Blocked)
        {
            blockedChats.MarkBlocked(TelegramChannel.Name, chat, time.GetUtcNow());
        }
        else
        {
            blockedChats.Unblock(TelegramChannel.Name, chat);
        }
    }

    /// <summary>A user who blocked the bot and writes again has unblocked it.</summary>
    private void WroteAgain(long chatId)
    {
        var chat = chatId.ToString(CultureInfo.InvariantCulture);
        if (blockedChats.IsBlocked(TelegramChannel.Name, chat))
        {
            blockedChats.Unblock(TelegramChannel.Name, chat);
        }
    }

    private async Task AnswerCallbackAsync(string queryId, CancellationToken cancellationToken)
    {
        // A query can be answered for a short while only; a Bot API that hangs must not hold up the update.
        using var giveUp = new CancellationTokenSource(AnswerTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, giveUp.Token);
        try
        {
            await bot.AnswerCallbackQuery(queryId, cancellationToken: linked.Token);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // A query older than a few minutes can no longer be answered; the press still counts.
            logger.LogDebug(e, "Answering callback query {QueryId} failed", queryId);
        }
    }
}
