namespace ChatBot.Host.Composition;

/// <summary>Where the service keeps its data (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>One encrypted file in the data folder, for one host (the default).</summary>
    LiteDb,

    /// <summary>One PostgreSQL database shared by every host (docs/postgresql.md).</summary>
    PostgreSql,
}
