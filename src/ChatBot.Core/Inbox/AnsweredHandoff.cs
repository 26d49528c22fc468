using ChatBot.Core.Conversations;
using ChatBot.Core.Handoff;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Inbox;

/// <summary>
/// When an operator ends a handoff, the question that led to it and what the operator wrote meanwhile go to the
/// review inbox together: an answer a person had to give is the likeliest new topic. The question is the one the
/// handoff was asked with, else (the consultant's button) the user's last typed message before it; nothing goes when
/// there is none or the operator wrote nothing.
/// </summary>
public static class AnsweredHandoff
{
    public static UnansweredQuestion? ForEditors(HandoffRecord? record, IReadOnlyList<TranscriptEntry> transcript, DateTimeOffset now)
    {
        if (record is null || (record.Question ?? LastTyped(transcript, record.RequestedAt)) is not { Length: > 0 } question)
        {
            return null;
        }

        var since = record.ClaimedAt ?? record.RequestedAt;
        var answers = transcript.Where(t => t.From == MessageAuthor.Operator && t.At >= since && t.Text.Length > 0).Select(t => t.Text).ToList();
        return answers.Count == 0
            ? null
            : new UnansweredQuestion
            {
                ConversationId = record.ConversationId,
                Text = question,
                Language = record.Language,
                Signal = InboxSignal.Handoff,
                OperatorAnswer = string.Join("\n\n", answers),
                At = now,
            };
    }

    private static string? LastTyped(IReadOnlyList<TranscriptEntry> transcript, DateTimeOffset before) =>
        transcript.LastOrDefault(t => t.From == MessageAuthor.User && t.At <= before && !string.IsNullOrEmpty(t.Text) && !t.Text.StartsWith('/'))?.Text;
}
