using ChatBot.Host.Cli;
using ChatBot.Host.Composition;
using ChatBot.Testing;

namespace ChatBot.Tests.Host;

/// <summary>
/// A setting the service cannot use stops it at start, naming the key, before the knowledge base loads or the model
/// trains; the verbs check the same settings.
/// </summary>
public sealed class SettingsValidationTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("--Web:RateLimit:PerAddressPerMinute=many", "'many' at 'Web:RateLimit:PerAddressPerMinute'")]
    [InlineData("--Web:RateLimit:PerConversationPerMinute=-1", "Web:RateLimit:PerConversationPerMinute must be 0 (off) or positive, not -1")]
    [InlineData("--Web:KnownProxies:0=10.0.0.300", "Web:KnownProxies: '10.0.0.300' is not an IP address")]
    [InlineData("--Web:KnownNetworks:0=10.0.0.0", "Web:KnownNetworks: '10.0.0.0' is not a network in CIDR notation")]
    [InlineData("--Web:KnownNetworks:0=10.0.0.1/8", "Web:KnownNetworks: '10.0.0.1/8' is not a network in CIDR notation")]
    [InlineData("--ChatBot:WorkingHours:Opens=19:00", "ChatBot:WorkingHours: Closes must be later than Opens")]
    [InlineData("--ChatBot:WorkingHours:TimeZone=Mars/Olympus", "'Mars/Olympus' is not a known time zone")]
    [InlineData("--ChatBot:Retention:TranscriptDays=-30", "ChatBot:Retention:TranscriptDays must be 0 (kept until /forget) or a number of days, not -30")]
    [InlineData("--Trainings:SchedulerInterval=00:00:00", "Trainings:SchedulerInterval must be longer than zero")]
    [InlineData("--Telegram:WebhookUrl=http://bot.example.kz/api/telegram/webhook", "Telegram:WebhookUrl must be an absolute https:// address")]
    public void EachSettingThatCannotBeUsedStopsStartUpNamingItsKeyBeforeAnyWork(string setting, string expected)
    {
        var error = Assert.Throws<SettingsInvalidException>(() => ChatBotApp.Build(Service(setting)));

        Assert.Contains(expected, Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void ADataFolderThatIsAFileStopsStartUp()
    {
        var file = _folder.File("data");
        File.WriteAllText(file, "");

        var error = Assert.Throws<SettingsInvalidException>(() => ChatBotApp.Build(Service("--ChatBot:DataDir=" + file)));

        Assert.Equal($"ChatBot:DataDir '{file}' is a file, not a folder", Assert.Single(error.Problems));
    }

    [Fact]
    public async Task TheVerbsExitWithTwoOnTheSameSettings()
    {
        var file = _folder.File("data");
        File.WriteAllText(file, "");

        Assert.Equal(2, await Verbs.RunAsync(["check", "--ChatBot:WorkingHours:Opens=19:00"]));
        Assert.Equal(2, await Verbs.RunAsync(["operators", "list", "--ChatBot:DataDir=" + file]));
        Assert.Equal(0, await Verbs.RunAsync(["check", "--knowledge", RepositoryPaths.Knowledge]));
    }

    /// <summary>
    /// The service's arguments with one setting on top. The knowledge folder does not exist: were the settings not
    /// checked first, start-up would stop on the knowledge base instead.
    /// </summary>
    private string[] Service(string setting) =>
    [
        "--urls=http://127.0.0.1:0",
        "--ChatBot:DataDir=" + _folder.File("fresh-data"),
        "--ChatBot:KnowledgeDir=" + _folder.File("no-knowledge-here"),
        "--ChatBot:DatabasePassword=test-password",
        "--Telegram:Token=123456789:AA-test",
        "--Telegram:WebhookSecret=secret",
        setting,
    ];
}
