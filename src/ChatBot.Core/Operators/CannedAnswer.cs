namespace ChatBot.Core.Operators;

/// <summary>A ready answer in ru or kk that admins keep and operators insert.</summary>
public sealed class CannedAnswer
{
    public long Id { get; set; }

    /// <summary>"ru" or "kk".</summary>
    public string Language { get; set; } = "ru";

    public string Title { get; set; } = "";

    public string Text { get; set; } = "";
}
