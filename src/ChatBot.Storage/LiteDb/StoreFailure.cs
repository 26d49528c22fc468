using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Which LiteDB exceptions mean the engine is gone. After an I/O error or an internal check that failed
/// ("LiteDB ENSURE: …", code 999) LiteDB closes its engine for good and answers every later call with the same
/// exception (or "engine disposed"); only a new engine on the file serves again.
/// </summary>
internal static class StoreFailure
{
    public static bool ClosesTheEngine(Exception e) => e switch
    {
        LiteException { ErrorCode: LiteException.INVALID_DATAFILE_STATE or LiteException.ENGINE_DISPOSED } => true,
        IOException or ObjectDisposedException => true,
        _ => false,
    };

    /// <summary>What went wrong, in one line: LiteDB's own message, or that its engine was already closed.</summary>
    public static string Describe(Exception e) => e switch
    {
        ObjectDisposedException or LiteException { ErrorCode: LiteException.ENGINE_DISPOSED } => "LiteDB closed its engine after an internal error",
        _ => e.Message.ReplaceLineEndings(" "),
    };
}
