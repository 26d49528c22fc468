using System.Text.Json.Serialization;

namespace ChatBot.Core.Knowledge;

/// <summary>
/// When the bot answers, asks which topic was meant, or admits it does not know.
/// The values live in knowledge/policy.yaml and are chosen from measurements.
/// </summary>
/// <param name="Accept">The top intent's probability at or above which the bot answers directly.</param>
/// <param name="Margin">The least lead of the top intent over the second for a direct answer.</param>
/// <param name="Suggest">The probability a topic needs to be offered as a clarification button.</param>
public sealed record DecisionThresholds(double Accept, double Margin, double Suggest)
{
    public static DecisionThresholds Default { get; } = new(0.5, 0.1, 0.1);

    /// <summary>
    /// The probability a topic needs to be offered for a one-word message ("ип"), far below
    /// <see cref="Suggest"/> as one word says little. Not part of the evaluation, so not in its report.
    /// </summary>
    [JsonIgnore]
    public double OneWordTopic { get; init; } = 0.005;
}
