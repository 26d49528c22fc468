using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Engine;

/// <summary>
/// Switches the conversation's language at the user's request and confirms in the new one. A chosen language stays:
/// detection no longer switches it (<see cref="Conversations.Conversation.LanguageChosen"/>).
/// </summary>
public static class LanguageSwitch
{
    public static void To(TurnContext turn, Language language)
    {
        turn.Conversation.Language = language;
        turn.Conversation.LanguageChosen = true;
        turn.ReplyLanguage = language;
        turn.Reply(turn.Text(TextKeys.LanguageSwitched), [Replies.MenuButton(turn)]);
    }
}
