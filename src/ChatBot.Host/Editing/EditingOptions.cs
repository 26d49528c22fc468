using System.Globalization;

namespace ChatBot.Host.Composition;

/// <summary>The <c>ChatBot:Editing</c> section: how the live knowledge is retrained.</summary>
public sealed class EditingOptions
{
    /// <summary>
    /// How much accuracy on the regression set a retrained model may lose, in either language, before it waits for an
    /// editor's confirmation: 0.02 is two points (96.7 % → 94.7 %).
    /// </summary>
    public double GateMargin { get; set; } = 0.02;

    public IEnumerable<string> Problems()
    {
        if (GateMargin is < 0 or > 1 || double.IsNaN(GateMargin))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"ChatBot:Editing:GateMargin must be between 0 and 1 (0.02 is two points), not {GateMargin}");
        }
    }
}
