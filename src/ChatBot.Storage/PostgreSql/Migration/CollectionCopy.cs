namespace ChatBot.Storage.PostgreSql.Migration;

/// <summary>One collection copied: its records counted and checksummed on both sides.</summary>
public sealed record CollectionCopy(string Collection, long SourceCount, long TargetCount, string SourceChecksum, string TargetChecksum)
{
    public bool Verified => SourceCount == TargetCount && SourceChecksum == TargetChecksum;
}
