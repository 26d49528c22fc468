namespace ChatBot.Core.Campaigns;

/// <summary>
/// The user agreed to receive news (survey invitations). Kept on the conversation while it holds; withdrawing it
/// or /forget removes it, so a conversation without it is never written to first.
/// </summary>
public sealed class NewsConsent
{
    public DateTimeOffset GivenAt { get; set; }
}
