namespace ChatBot.Core.Editing;

/// <summary>
/// A question with the topic it must get, in the regression set a new model is scored on before it is swapped in.
/// Seeded from the repository's labelled questions and grown by the editors' accepted items.
/// </summary>
public sealed class RegressionItem
{
    public long Id { get; set; }

    public string Text { get; set; } = "";

    /// <summary>"ru" or "kk".</summary>
    public string Language { get; set; } = "ru";

    /// <summary>The expected intent; "oos" for a question the bot must not claim.</summary>
    public string Intent { get; set; } = "";
}
