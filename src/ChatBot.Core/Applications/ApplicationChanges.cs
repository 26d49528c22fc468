namespace ChatBot.Core.Applications;

/// <summary>Who a change is by when no operator made it.</summary>
public static class ApplicationChanges
{
    public const string Entrepreneur = "entrepreneur";
}
