using ChatBot.Core.Flows;
using ChatBot.Core.Messages;
using ChatBot.Host.Composition;

namespace ChatBot.Host.Cli;

/// <summary>
/// <c>chatbot chat</c>: the terminal channel. Buttons are shown as numbered options; typing a
/// number presses one. Works on the same data folder as the service.
/// </summary>
internal static class ChatCommand
{
    public const string Channel = Channels.Terminal;

    public static async Task<int> RunAsync(string[] args)
    {
        using var logging = CliConfiguration.Logging();
        using var runtime = BotRuntime.Start(CliConfiguration.Options(args), TimeProvider.System, logging, "chatbot chat");
        var chatId = new VerbArguments(args).Option("--chat-id") ?? Environment.UserName;
        IReadOnlyList<Button> buttons = [];
        Console.Error.WriteLine("Type a message (ru / kk). A number presses a button. Ctrl+D ends.");
        while (Console.ReadLine() is { } line)
        {
            var text = line.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var payload = ButtonFor(text, buttons);
            var message = new IncomingMessage(Channel, chatId, payload is null ? text : null, payload, null, TimeProvider.System.GetUtcNow());
            var outcome = await runtime.Engine.HandleAsync(message);
            buttons = [];
            foreach (var item in outcome.Replies)
            {
                buttons = Render(item.Message, buttons);
                runtime.Outbox.MarkDelivered(item.Id, TimeProvider.System.GetUtcNow());
            }
        }

        return 0;
    }

    /// <summary>
    /// A number presses the button with that number, unless a button is titled with it (a survey's
    /// 0–10 scale) or the question wants a typed number (only back, skip and exit are on screen).
    /// </summary>
    private static string? ButtonFor(string text, IReadOnlyList<Button> buttons)
    {
        if (buttons.FirstOrDefault(b => b.Title == text) is { } titled)
        {
            return titled.Payload;
        }

        var onlyNavigation = buttons.All(b => b.Payload is FlowPayloads.Back or FlowPayloads.Cancel || FlowPayloads.TrySkip(b.Payload, out _));
        return !onlyNavigation && int.TryParse(text, out var number) && number >= 1 && number <= buttons.Count ? buttons[number - 1].Payload : null;
    }

    /// <returns>The buttons on screen now, numbered on from those of earlier replies of the turn.</returns>
    private static IReadOnlyList<Button> Render(OutgoingMessage message, IReadOnlyList<Button> shown)
    {
        Console.WriteLine();
        Console.WriteLine(message.Text);
        foreach (var link in message.Links)
        {
            Console.WriteLine($"  ↗ {link.Title}: {link.Url}");
        }

        if (message.Attachment is { } file)
        {
            // The terminal has nowhere to offer a download: it names the file the other channels send.
            Console.WriteLine($"  📎 {file.FileName} ({file.MediaType}, {file.Content.Length} B)");
        }

        var all = shown.Concat(message.Buttons).ToList();
        for (var i = shown.Count; i < all.Count; i++)
        {
            Console.WriteLine($"  {i + 1}) {all[i].Title}");
        }

        Console.WriteLine();
        return all;
    }
}
