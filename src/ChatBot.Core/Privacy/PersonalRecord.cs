namespace ChatBot.Core.Privacy;

/// <summary>
/// A kind of stored record that holds what a user wrote, gave or was told, outside the conversation's own state. An
/// <see cref="Erasure"/> lists the kinds it erases; docs/privacy.md says what each keeps and why.
/// </summary>
public enum PersonalRecord
{
    /// <summary>Every transcript line of the conversation, the user's and the bot's and the operators': deleted.</summary>
    Transcript,

    /// <summary>The questions the bot could not answer, kept for the editors: deleted.</summary>
    UnansweredQuestions,

    /// <summary>Every outbox item of the conversation, delivered, dropped or still waiting: deleted.</summary>
    Outbox,

    /// <summary>The contacts given in a flow (a survey's phone and name): deleted; the anonymous response stays.</summary>
    FlowContacts,

    /// <summary>The trainee record (name, phone, ИИН, БИН, sector): deleted; the enrollments stay.</summary>
    Trainee,

    /// <summary>The operators' notes on the conversation: deleted.</summary>
    OperatorNotes,

    /// <summary>Handoff records: the question goes; reason, times, operator and outcome stay for the reports.</summary>
    HandoffQuestions,

    /// <summary>The operators' audit entries on the conversation: the detail (a reply's text) goes; who, what and when stay.</summary>
    AuditDetails,

    /// <summary>
    /// Applications: description, contact, attachments and every text of the history go; number, kind, status, times
    /// and rating stay for the reports (<see cref="Applications.ApplicationErasure"/>).
    /// </summary>
    Applications,
}
