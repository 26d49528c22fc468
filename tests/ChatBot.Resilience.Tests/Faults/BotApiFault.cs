namespace ChatBot.Resilience.Tests.Faults;

/// <summary>How the Bot API in front of the fake misbehaves for a while.</summary>
internal enum BotApiFault
{
    /// <summary>Every call goes through to the fake.</summary>
    None,

    /// <summary>429 with <c>retry_after</c> to every call but <c>getUpdates</c>, as Telegram's flood control answers sends.</summary>
    FloodControl,

    /// <summary>500 and 502 in turn to every call, and to every other <c>getUpdates</c>.</summary>
    ServerErrors,

    /// <summary>Nothing listens: every connection is refused.</summary>
    Refused,

    /// <summary>
    /// Every other call but <c>getUpdates</c> is taken and never answered, however long the client waits: it times out.
    /// The others go through, so that updates keep coming and make replies to send.
    /// </summary>
    Hang,
}
