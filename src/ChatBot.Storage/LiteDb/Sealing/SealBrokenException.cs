namespace ChatBot.Storage.LiteDb.Sealing;

/// <summary>A sealed personal field that does not open: another key sealed it, or its bytes were changed.</summary>
public sealed class SealBrokenException(string message) : Exception(message);
