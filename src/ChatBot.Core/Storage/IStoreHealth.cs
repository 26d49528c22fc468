namespace ChatBot.Core.Storage;

/// <summary>Whether the database answers, for <c>/health</c>: the LiteDB file or the PostgreSQL server.</summary>
public interface IStoreHealth
{
    StoreHealth Check();
}
