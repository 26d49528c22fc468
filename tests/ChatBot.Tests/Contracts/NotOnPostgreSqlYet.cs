using System.Reflection;

namespace ChatBot.Tests.Contracts;

/// <summary>
/// Stands in, in <see cref="StoreSet.OnPostgreSql"/>, for a store interface not yet implemented on PostgreSQL: any call
/// fails and says so. Only the contracts whose stores all exist there have a class that runs on PostgreSQL.
/// </summary>
public class NotOnPostgreSqlYet : DispatchProxy
{
    public static T Store<T>() where T : class => Create<T, NotOnPostgreSqlYet>();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        throw new NotSupportedException($"{targetMethod?.DeclaringType?.Name} is not implemented on PostgreSQL yet");
}
