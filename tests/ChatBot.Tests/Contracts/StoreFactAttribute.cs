using ChatBot.Testing.PostgreSql;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ChatBot.Tests.Contracts;

/// <summary>
/// A fact of a store contract. Run on PostgreSQL (a contract class whose name ends in <c>OnPostgreSql</c>) where no
/// server is at hand, it is reported skipped with the reason, never passed.
/// </summary>
[XunitTestCaseDiscoverer("ChatBot.Tests.Contracts.StoreFactDiscoverer", "ChatBot.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

public sealed class StoreFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        [new StoreTestCase(diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)];
}

public sealed class StoreTestCase : XunitTestCase
{
    public const string OnPostgreSql = "OnPostgreSql";

    [Obsolete("For xunit's deserialization only")]
    public StoreTestCase()
    {
    }

    public StoreTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod)
        : base(diagnostics, display, options, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        TestMethod.TestClass.Class.Name.EndsWith(OnPostgreSql, StringComparison.Ordinal) && PostgresServer.Unavailable is { } why
            ? why
            : base.GetSkipReason(factAttribute);
}
