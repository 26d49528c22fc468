namespace ChatBot.Core.Sessions;

/// <summary>Who an entrepreneur is for the unique counts (<see cref="SessionOutcome.UserKey"/>).</summary>
public static class UserKeys
{
    public const string IdNumberPrefix = "iin:";
    public const string ChatPrefix = "chat:";

    /// <summary>An ИИН or БИН (12 digits): the same person in Telegram and in the widget.</summary>
    public static string OfIdNumber(IUserKeyHasher keys, string digits) => IdNumberPrefix + keys.Hash("iin|" + digits);

    /// <summary>A person who never gave an ИИН/БИН: one per conversation, that is per channel user.</summary>
    public static string OfConversation(IUserKeyHasher keys, string conversationId) => ChatPrefix + keys.Hash("chat|" + conversationId);
}
