namespace ChatBot.Core.Applications;

public enum ApplicationChangeKind
{
    Submitted,
    Status,
    Assigned,

    /// <summary>A consultant's answer, sent to the entrepreneur.</summary>
    Reply,

    /// <summary>An operators' note, never shown to the entrepreneur.</summary>
    Note,

    /// <summary>The entrepreneur rated the answer.</summary>
    Rated,

    /// <summary>The entrepreneur answered a consultant's question; the application goes back to the consultant.</summary>
    EntrepreneurReply,
}
