using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;

namespace ChatBot.Web.Api;

/// <summary>
/// The transcript as the widget shows it again after a reload: a pressed button reads as its title, as it did when it
/// was pressed; the opening <c>/start</c> the API sent and presses of buttons no message showed (the widget's own
/// language switch) are not part of it.
/// </summary>
internal static class HistoryView
{
    public const string Opening = "/start";

    public static IReadOnlyList<ChatMessage> Of(IReadOnlyList<TranscriptEntry> transcript)
    {
        var messages = new List<ChatMessage>();
        var titles = new Dictionary<string, string>();
        for (var i = 0; i < transcript.Count; i++)
        {
            var entry = transcript[i];
            if (entry.From != MessageAuthor.User)
            {
                foreach (var button in entry.Buttons)
                {
                    titles[button.Payload] = button.Title;
                }

                messages.Add(ChatMessage.Of(entry.ToMessage(), entry.At));
                continue;
            }

            var text = entry.Payload is { } payload ? titles.GetValueOrDefault(payload) : entry.Text;
            var isOpening = i == 0 && entry.Payload is null && entry.Text == Opening;
            if (!string.IsNullOrEmpty(text) && !isOpening)
            {
                messages.Add(new ChatMessage(ChatMessage.Author(MessageAuthor.User), text, [], [], entry.At));
            }
        }

        return messages;
    }
}
