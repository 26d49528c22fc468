namespace ChatBot.Host.Composition;

/// <summary>
/// The data folder cannot be worked on now: another process holds it, or its database cannot be opened. Said in one
/// line with exit code 2, like a setting that cannot be used: a restart changes nothing until someone acts.
/// </summary>
public sealed class DataFolderException(string message, Exception? inner = null) : Exception(message, inner);
