using ChatBot.Host.Reports;
using ChatBot.Testing.Reports;
using ChatBot.Tests.Operators;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Reports;

/// <summary>The whole service with a made-up report behind the admin API: the renderers and the page are what is tested here.</summary>
public sealed class ReportHost : IDisposable
{
    public ReportHost() => Host = new OperatorHost(services => services.AddSingleton<BuildReport>((period, _, _) => SampleFunderReport.Create(period)));

    public OperatorHost Host { get; }

    public void Dispose() => Host.Dispose();
}
