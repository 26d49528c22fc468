using ChatBot.Core.Messages;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace ChatBot.Telegram.Receiving;

/// <summary>
/// Fetches a document or photo the user sent (<c>getFile</c>, then the file's own address). A failed download leaves
/// the file without content, and the turn asks the user to send it again.
/// </summary>
internal sealed class FileDownload(ITelegramBotClient bot, ILogger<FileDownload> logger)
{
    public async Task<IncomingFile> FetchAsync(string fileId, IncomingFile file, CancellationToken cancellationToken)
    {
        try
        {
            var info = await bot.GetFile(fileId, cancellationToken);
            using var content = new MemoryStream();
            await bot.DownloadFile(info, content, cancellationToken);
            return file with { Size = content.Length, Content = content.ToArray() };
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The file's name is the user's: it stays out of the log.
            logger.LogWarning(e, "Downloading a file sent to the bot failed");
            return file with { Content = null };
        }
    }
}
