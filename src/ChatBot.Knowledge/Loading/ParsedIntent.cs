using ChatBot.Core.Knowledge;

namespace ChatBot.Knowledge.Loading;

/// <summary>An intent as read from its file, with the lines that cross-file checks report on.</summary>
internal sealed record ParsedIntent(
    IntentDefinition Definition,
    string File,
    long Line,
    IReadOnlyList<(string Text, long Line)> QuestionLines,
    IReadOnlyList<(string Id, long Line)> RelatedLines);
