using System.Globalization;
using ChatBot.Core.Applications;
using ChatBot.Core.Conversations;
using ChatBot.Core.Engine;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Flows;

/// <summary>
/// A flow's attachment step (<c>type: files</c>): whether a file sent now is taken, taking it, and the list shown
/// under the question. The limits are the applications' (<see cref="AttachmentLimits"/>): the application form is the
/// one flow with such a step.
/// </summary>
public static class FlowFiles
{
    /// <summary>
    /// Decided before the file is fetched (the channel asks, so that a file nobody wants is never downloaded) and again
    /// in the turn, on the conversation as it is then.
    /// </summary>
    public static FileVerdict Judge(Conversation? conversation, FlowCatalog catalog, AttachmentLimits limits, long size)
    {
        if (conversation is not { Mode: not ConversationMode.Operator, Flow: { Reviewing: false } state }
            || catalog.Find(state.FlowId)?.Step(state.StepId) is not { Type: StepType.Files })
        {
            return FileVerdict.NotAsked;
        }

        if (size > limits.MaxBytes)
        {
            return FileVerdict.TooBig;
        }

        if (state.Files.Count >= limits.MaxCount)
        {
            return FileVerdict.TooMany;
        }

        return state.Files.Sum(f => f.Size) + size > limits.MaxTotalBytes ? FileVerdict.TooMuchInAll : FileVerdict.Take;
    }

    /// <summary>A file sent inside a flow: taken, or refused with the reason; either way the current step is asked again.</summary>
    public static void Receive(TurnContext turn, FlowDefinition flow, IncomingFile file)
    {
        var limits = turn.Applications.Attachments;
        var state = turn.Conversation.Flow!;
        var name = ("name", (object)file.FileName);
        switch (Judge(turn.Conversation, turn.Flows.Catalog, limits, file.Size))
        {
            case FileVerdict.Take when file.Content is { } content:
                state.Files.Add(new FlowFile { FileName = file.FileName, MediaType = file.MediaType, Size = content.LongLength, Content = content });
                state.Attempts = 0;
                break;
            case FileVerdict.Take:
                turn.Reply(turn.Knowledge.Texts.Format(FlowTextKeys.FileFailed, turn.ReplyLanguage, name));
                break;
            case FileVerdict.NotAsked:
                turn.Reply(turn.Text(FlowTextKeys.FileNotAsked));
                break;
            case FileVerdict.TooBig:
                turn.Reply(turn.Knowledge.Texts.Format(FlowTextKeys.FileTooBig, turn.ReplyLanguage, name, ("max", Megabytes(limits.MaxBytes))));
                break;
            case FileVerdict.TooMany:
                turn.Reply(turn.Knowledge.Texts.Format(FlowTextKeys.FileTooMany, turn.ReplyLanguage, ("max", limits.MaxCount)));
                break;
            case FileVerdict.TooMuchInAll:
                turn.Reply(turn.Knowledge.Texts.Format(FlowTextKeys.FileTooMuchInAll, turn.ReplyLanguage, name, ("max", Megabytes(limits.MaxTotalBytes))));
                break;
        }

        FlowRunner.Ask(turn, flow);
    }

    /// <summary>The answer the step keeps (the names, for the summary the user confirms); empty when none was sent.</summary>
    public static string Answer(FlowState state) => string.Join(", ", state.Files.Select(f => f.FileName));

    /// <summary>"Получено файлов: 2 из 5 — договор.pdf, фото.jpg", under the question once a file is taken.</summary>
    public static string? Received(TurnContext turn, FlowState state) => state.Files.Count == 0
        ? null
        : turn.Knowledge.Texts.Format(
            FlowTextKeys.FilesReceived, turn.ReplyLanguage, ("count", state.Files.Count), ("max", turn.Applications.Attachments.MaxCount), ("names", Answer(state)));

    private static string Megabytes(long bytes) => (bytes / (double)AttachmentLimits.Megabyte).ToString("0.#", CultureInfo.InvariantCulture);
}
