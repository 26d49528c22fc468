using ChatBot.Telegram;
using ChatBot.Telegram.Receiving;
using ChatBot.Telegram.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Tests.Telegram;

public sealed class TelegramOptionsTests
{
    [Fact]
    public void WithoutATokenTheChannelIsOffAndOnlySaysSo()
    {
        var services = new ServiceCollection().AddTelegram(Configuration([]));

        var hosted = services.Where(s => s.ServiceType == typeof(IHostedService)).Select(s => s.ImplementationType).ToList();
        Assert.Equal([typeof(TelegramDisabledNotice)], hosted);
    }

    [Fact]
    public void WithATokenItReceivesAndSends()
    {
        var services = new ServiceCollection().AddTelegram(Configuration(new() { ["Telegram:Token"] = "1:x" }));

        var hosted = services.Where(s => s.ServiceType == typeof(IHostedService)).Select(s => s.ImplementationType).ToHashSet();
        Assert.Equal([typeof(OutboxSender), typeof(TelegramReceiver)], hosted);
    }

    [Fact]
    public void LongPollingNeedsNothingButTheToken() =>
        Assert.Empty(new TelegramOptions { Token = "1:x" }.Problems());

    [Theory]
    [InlineData("http://bot.example.kz/api/telegram/webhook", "secret", "https://")]
    [InlineData("https://bot.example.kz/api/telegram/webhook", "", "WebhookSecret is required")]
    [InlineData("https://bot.example.kz/api/telegram/webhook", "has spaces", "WebhookSecret is required")]
    public void AWebhookNeedsAnHttpsAddressAndASecretTelegramAccepts(string url, string secret, string problem)
    {
        var options = new TelegramOptions { Token = "1:x", WebhookUrl = url, WebhookSecret = secret };

        Assert.Contains(options.Problems(), p => p.Contains(problem, StringComparison.Ordinal));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
