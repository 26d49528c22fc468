namespace ChatBot.Nlu.Intents;

/// <summary>The input row of the ML.NET pipeline: text already normalised.</summary>
internal sealed class TextRow
{
    public string Text { get; set; } = "";

    public string Label { get; set; } = "";
}

/// <summary>The pipeline's output: one probability per intent, in the order of the label's key values.</summary>
internal sealed class ScoreRow
{
    public float[] Score { get; set; } = [];
}
