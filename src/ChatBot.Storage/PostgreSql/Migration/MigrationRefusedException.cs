namespace ChatBot.Storage.PostgreSql.Migration;

/// <summary>A copy that would mix two installations: the target already holds records.</summary>
public sealed class MigrationRefusedException(string message) : Exception(message);
