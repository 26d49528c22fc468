using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;

namespace ChatBot.Operators.Desk;

/// <summary>
/// What a user pressed, as the user saw it: the title of the button with that payload on the latest bot message
/// before the press ("Связаться с консультантом", not <c>intent:operator.request</c>). A press of a button no message
/// showed (the widget's own language switch) has none, and the console shows its payload.
/// </summary>
public static class PressedButtons
{
    /// <returns>For each entry of the transcript, the title of the button it pressed, or null.</returns>
    public static IReadOnlyList<string?> Titles(IReadOnlyList<TranscriptEntry> transcript)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new string?[transcript.Count];
        for (var i = 0; i < transcript.Count; i++)
        {
            var entry = transcript[i];
            if (entry.From != MessageAuthor.User)
            {
                foreach (var button in entry.Buttons)
                {
                    titles[button.Payload] = button.Title;
                }
            }
            else if (string.IsNullOrEmpty(entry.Text) && entry.Payload is { } payload)
            {
                result[i] = titles.GetValueOrDefault(payload);
            }
        }

        return result;
    }
}
