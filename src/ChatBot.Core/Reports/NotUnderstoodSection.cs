namespace ChatBot.Core.Reports;

/// <summary>
/// The questions the bot could not answer in the period. Their texts are personal: only a full report (for editors
/// and admins) lists them; the funder's copy has the count alone.
/// </summary>
public sealed record NotUnderstoodSection(int Questions, IReadOnlyList<KeyCount> ByLanguage, IReadOnlyList<NotUnderstoodQuestion> Texts);

public sealed record NotUnderstoodQuestion(DateTimeOffset At, string Language, string Text);
