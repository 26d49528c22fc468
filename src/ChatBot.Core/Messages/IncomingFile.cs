namespace ChatBot.Core.Messages;

/// <summary>A document or photo sent as a message (Telegram's): the form's attachment step takes it.</summary>
/// <param name="Size">In bytes: the fetched content's length, or what the channel said before fetching.</param>
/// <param name="Content">Null when the channel did not fetch it: too big, not asked for, or the download failed.</param>
public sealed record IncomingFile(string FileName, string MediaType, long Size, byte[]? Content = null);
