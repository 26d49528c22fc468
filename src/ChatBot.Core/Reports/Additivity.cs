namespace ChatBot.Core.Reports;

/// <summary>
/// Whether a figure of a longer period is the sum of the figures of its parts: counts are, unique counts, shares,
/// medians and averages are not (a user active in two months is one user of the quarter).
/// </summary>
public enum Additivity
{
    Additive,
    NotAdditive,
}
