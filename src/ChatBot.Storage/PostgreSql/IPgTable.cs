using LiteDB;

namespace ChatBot.Storage.PostgreSql;

/// <summary>A table of records whatever their type: what a copy from a LiteDB file fills, collection by collection.</summary>
internal interface IPgTable
{
    /// <summary>The table's name: the LiteDB collection's.</summary>
    string Table { get; }

    void InsertDocument(BsonDocument document);
}
