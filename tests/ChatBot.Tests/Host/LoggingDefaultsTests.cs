using ChatBot.Host.Composition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace ChatBot.Tests.Host;

/// <summary>An installation's own appsettings.json may have no Logging section; requests must stay unlogged anyway.</summary>
public sealed class LoggingDefaultsTests
{
    [Fact]
    public void WithoutASettingsFileRequestLinesAreNotLogged()
    {
        var withoutFile = new ConfigurationBuilder();
        foreach (var source in new ConfigurationBuilder().AddChatBotSources([]).Sources.Where(s => s is not JsonConfigurationSource))
        {
            withoutFile.Add(source);
        }

        var settings = withoutFile.Build();

        Assert.Equal("Warning", settings["Logging:LogLevel:Microsoft.AspNetCore"]);
        Assert.Equal("Information", settings["Logging:LogLevel:Default"]);
    }

    [Fact]
    public void TheCommandLineStillTurnsTheRequestLogOn()
    {
        var settings = new ConfigurationBuilder().AddChatBotSources(["--Logging:LogLevel:Microsoft.AspNetCore=Information"]).Build();

        Assert.Equal("Information", settings["Logging:LogLevel:Microsoft.AspNetCore"]);
    }
}
