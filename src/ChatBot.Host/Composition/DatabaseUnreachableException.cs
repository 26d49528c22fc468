namespace ChatBot.Host.Composition;

/// <summary>
/// The PostgreSQL server did not answer at start, or refused the login. Said in one line with exit code 3: unlike a
/// setting (exit code 2), a database that is restarting may answer on the next try, so a supervisor may restart.
/// </summary>
public sealed class DatabaseUnreachableException(string message, Exception? inner = null) : Exception(message, inner);
