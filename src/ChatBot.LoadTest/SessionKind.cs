namespace ChatBot.LoadTest;

/// <summary>What a simulated visitor came for; the kinds of <c>--mix</c>.</summary>
public enum SessionKind
{
    /// <summary>Asks one to three questions in their own words, sometimes presses a related topic's button.</summary>
    Faq,

    /// <summary>Takes the yearly survey to its end by buttons, typing where a question wants it.</summary>
    Survey,

    /// <summary>Opens the trainings, picks one and fills the enrollment form to its confirmation.</summary>
    Enroll,
}
