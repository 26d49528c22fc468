namespace ChatBot.Resilience.Tests.Crash;

/// <summary>
/// One message a user sent and, once the service answered it, the replies: what the history must show afterwards.
/// </summary>
/// <param name="ClientMessageId">The id the user gives the message, so that sending it again is answered once.</param>
/// <param name="Shown">The user's line in the history: the text, or the title of the pressed button; null when none shows.</param>
/// <param name="Answer">The step this message answers and the value the service must keep for it; null for anything else.</param>
internal sealed record Exchange(string ClientMessageId, string? Text, string? Payload, string? Shown, StepAnswer? Answer)
{
    /// <summary>The texts of the replies, in order, once the service answered.</summary>
    public IReadOnlyList<string>? Replies { get; init; }
}

/// <summary>An answer to a step of a flow as the service keeps it in the conversation's state.</summary>
internal sealed record StepAnswer(string StepId, string Value);
