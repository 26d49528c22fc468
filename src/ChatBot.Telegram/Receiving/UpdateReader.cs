using System.Globalization;
using ChatBot.Core.Messages;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Receiving;

/// <summary>
/// Turns a Telegram update into what it asks of the bot. The update id becomes the platform message id, so
/// that an update read twice (after a crash, or a webhook retried) is answered once.
/// </summary>
internal static class UpdateReader
{
    private const int MaxFileName = 200;

    public static TelegramInput Read(Update update, DateTimeOffset now)
    {
        if (Missing(update) is { } missing)
        {
            return new TelegramInput.Malformed(missing);
        }

        var updateId = update.Id.ToString(CultureInfo.InvariantCulture);
        if (update.CallbackQuery is { Data: { } data } query)
        {
            var chatId = query.Message?.Chat.Id ?? query.From.Id;
            var message = new IncomingMessage(
                TelegramChannel.Name, Text(chatId), null, data, updateId, now, Text(query.From.Id), LanguageOf(query.From));
            return new TelegramInput.Turn(message, chatId, query.Id, query.Message);
        }

        if (update.MyChatMember is { Chat.Type: ChatType.Private } membership)
        {
            return new TelegramInput.BlockChanged(membership.Chat.Id, membership.NewChatMember.Status == ChatMemberStatus.Kicked);
        }

        if (update.Message is not { } incoming)
        {
            // Edited messages are left alone: the answer to the original stands.
            return new TelegramInput.Ignored();
        }

        var hint = LanguageOf(incoming.From);
        if (incoming.Chat.Type != ChatType.Private)
        {
            return new TelegramInput.GroupChat(incoming.Chat.Id, hint);
        }

        var from = incoming.From is { } sender ? Text(sender.Id) : null;
        if (string.IsNullOrWhiteSpace(incoming.Text) && FileOf(incoming, updateId) is var (file, fileId))
        {
            // A caption is not read: the form asks for files and for text at separate steps.
            return new TelegramInput.SentFile(
                new IncomingMessage(TelegramChannel.Name, Text(incoming.Chat.Id), null, null, updateId, now, from, hint, File: file), incoming.Chat.Id, fileId);
        }

        if (string.IsNullOrWhiteSpace(incoming.Text))
        {
            return IsUserContent(incoming) ? new TelegramInput.NotText(incoming.Chat.Id, updateId, hint) : new TelegramInput.Ignored();
        }

        return new TelegramInput.Turn(
            new IncomingMessage(
                TelegramChannel.Name, Text(incoming.Chat.Id), incoming.Text, null, updateId, now, from, hint),
            incoming.Chat.Id,
            null);
    }

    /// <summary>
    /// Telegram always sends the chat of a message, the sender of a press and the chat and new status of a block
    /// notice; Telegram.Bot leaves them null when they are missing (another Bot API server, a forged request).
    /// </summary>
    private static string? Missing(Update update) => update switch
    {
        { CallbackQuery.From: null } => "a button press without its sender",
        { CallbackQuery.Message: { Chat: null } } => "a button press on a message without its chat",
        { MyChatMember: { Chat: null } or { NewChatMember: null } } => "a block notice without its chat or new status",
        { Message: { Chat: null } } => "a message without its chat",
        _ => null,
    };

    /// <summary>Kazakh for a Telegram app set to Kazakh, Russian otherwise; used only by a new conversation.</summary>
    public static Language LanguageOf(User? user) =>
        user?.LanguageCode?.StartsWith("kk", StringComparison.OrdinalIgnoreCase) == true ? Language.Kk : Language.Ru;

    /// <summary>
    /// A document as the user named it, or the largest size of a photo (Telegram sends several); the size is what
    /// Telegram says, 0 when it does not say, and the download's own length once fetched.
    /// </summary>
    private static (IncomingFile File, string FileId)? FileOf(Message message, string updateId)
    {
        if (message.Document is { } document)
        {
            var name = string.IsNullOrWhiteSpace(document.FileName) ? $"document-{updateId}" : document.FileName.Trim();
            return (new IncomingFile(name[..Math.Min(name.Length, MaxFileName)], document.MimeType ?? "application/octet-stream", document.FileSize ?? 0), document.FileId);
        }

        if (message.Photo is { Length: > 0 } sizes)
        {
            var largest = sizes.MaxBy(p => (long)p.Width * p.Height)!;
            return (new IncomingFile($"photo-{updateId}.jpg", "image/jpeg", largest.FileSize ?? 0), largest.FileId);
        }

        return null;
    }

    /// <summary>Something the user sent (a photo, a voice message), as opposed to a service message such as a pinned one.</summary>
    private static bool IsUserContent(Message message) =>
        message.Photo is not null || message.Voice is not null || message.Sticker is not null || message.Document is not null ||
        message.Location is not null || message.Audio is not null || message.Video is not null || message.VideoNote is not null ||
        message.Contact is not null || message.Animation is not null || message.Poll is not null || message.Venue is not null;

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
