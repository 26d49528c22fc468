namespace ChatBot.Testing;

/// <summary>Which stores a <see cref="TestBot"/> runs on.</summary>
public enum TestStorage
{
    /// <summary>The in-memory twins (tests/ChatBot.Testing/InMemory): fast, for the engine and conversation tests.</summary>
    InMemory,

    /// <summary>A real, encrypted LiteDB file in a temporary folder: for tests of the file itself (restart, what it holds).</summary>
    LiteDb,
}
