using ChatBot.Core.Editing;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The live knowledge copy as a document, mapped by hand (the mapper trims strings, and a file's text is kept to the
/// last newline): one form in the LiteDB file and in PostgreSQL's <c>knowledge</c> table.
/// </summary>
internal static class LiveKnowledgeDocument
{
    public static BsonDocument Write(LiveKnowledgeCopy copy) => new()
    {
        ["_id"] = copy.Id,
        ["version"] = copy.Version,
        ["edited"] = copy.Edited,
        ["shipped"] = copy.ShippedHash,
        ["edited_files"] = new BsonArray(copy.EditedFiles.Select(f => new BsonValue(f))),
        ["files"] = new BsonArray(copy.Files.Select(f => new BsonDocument { ["path"] = f.Path, ["text"] = f.Text })),
    };

    public static LiveKnowledgeCopy Read(BsonDocument document) => new()
    {
        Id = document["_id"].AsString,
        Version = document["version"].AsInt64,
        Edited = document["edited"].AsBoolean,
        ShippedHash = document["shipped"].AsString ?? "",
        EditedFiles = document["edited_files"].IsArray ? document["edited_files"].AsArray.Select(f => f.AsString).ToList() : [],
        Files = document["files"].AsArray.Select(f => new KnowledgeFile { Path = f["path"].AsString, Text = f["text"].AsString ?? "" }).ToList(),
    };
}
