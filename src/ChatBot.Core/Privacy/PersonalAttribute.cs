namespace ChatBot.Core.Privacy;

/// <summary>
/// Marks a stored property that holds what a person wrote, gave or was told: a store seals it with a key of its own
/// beyond the file's encryption, so a page of the file shows neither the text nor that two records hold the same one
/// (docs/privacy.md, "Sealed fields"). Queries never filter on such a property, only on whether it is set.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalAttribute : Attribute
{
    /// <summary>
    /// Beside the sealed value the store keeps a keyed hash of it, so that the records of one person can be matched
    /// and counted without opening them (an ИИН or a БИН: unique entrepreneurs in the reports).
    /// </summary>
    public bool Matched { get; init; }
}
