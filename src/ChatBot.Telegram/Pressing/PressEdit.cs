using ChatBot.Core.Flows;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Pressing;

/// <summary>
/// What the bot's message becomes once one of its buttons was pressed: its callback buttons go (they would
/// stay pressable forever), its links stay (an official source does not go stale), and the pressed label is
/// appended as "✓ label" so that the chat still shows what was chosen. Everything comes from the message as
/// Telegram sent it back with the press, so the label is the one the user saw, in the language they saw.
/// </summary>
internal abstract record PressEdit
{
    /// <summary>Telegram refuses a text longer than this, counted as .NET counts (UTF-16).</summary>
    public const int MaxTextLength = 4096;

    public const string Mark = "✓ ";

    /// <summary>Nothing to change: Telegram sent no message (too old) or it has no callback buttons left.</summary>
    public sealed record None : PressEdit;

    /// <summary>Only the keyboard changes (<c>editMessageReplyMarkup</c>); <see cref="Links"/> null removes it.</summary>
    public sealed record KeyboardOnly(InlineKeyboardMarkup? Links) : PressEdit;

    /// <summary>The text gains the mark and the keyboard changes, in one <c>editMessageText</c>.</summary>
    public sealed record TextAndKeyboard(string Text, MessageEntity[]? Entities, InlineKeyboardMarkup? Links) : PressEdit;

    public static PressEdit For(Message? pressedOn, string data)
    {
        var keyboard = pressedOn?.ReplyMarkup?.InlineKeyboard.Select(row => row.ToList()).ToList() ?? [];
        var buttons = keyboard.SelectMany(row => row).ToList();
        if (pressedOn is null || !buttons.Any(b => b.CallbackData is not null))
        {
            return new None();
        }

        var linkRows = keyboard
            .Select(row => row.Where(b => b.CallbackData is null).ToList())
            .Where(row => row.Count > 0)
            .ToList();
        var links = linkRows.Count == 0 ? null : new InlineKeyboardMarkup(linkRows);
        var pressed = buttons.FirstOrDefault(b => b.CallbackData == data);
        if (pressed is null || IsToggle(data, buttons) || string.IsNullOrEmpty(pressedOn.Text))
        {
            return new KeyboardOnly(links);
        }

        var text = pressedOn.Text + "\n\n" + Mark + pressed.Text;
        return text.Length > MaxTextLength ? new KeyboardOnly(links) : new TextAndKeyboard(text, pressedOn.Entities, links);
    }

    /// <summary>
    /// An option of a multi-choice question (the keyboard has that question's "done"): the engine asks the
    /// question again as a new message with the selection ticked, so this copy only loses its keyboard, unmarked,
    /// and the newest copy is the one the user goes on choosing in. The choice is marked when "done" is pressed.
    /// </summary>
    private static bool IsToggle(string data, IEnumerable<InlineKeyboardButton> buttons) =>
        FlowPayloads.TryAnswer(data, out var stepId, out _) && buttons.Any(b => b.CallbackData == FlowPayloads.Done(stepId));
}
