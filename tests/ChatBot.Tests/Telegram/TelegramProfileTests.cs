using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;
using ChatBot.Testing.Telegram;

namespace ChatBot.Tests.Telegram;

/// <summary>What Telegram shows of the bot before a first message: description, short description, menu button.</summary>
[Collection(TelegramHostCollection.Name)]
public sealed class TelegramProfileTests : IAsyncLifetime
{
    private readonly TemporaryFolder _data = new();
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _data.Dispose();
    }

    private static string Text(string key, Language language) => SharedModel.Knowledge.Texts.Get(key, language).Trim();

    [Fact]
    public async Task The_descriptions_are_set_per_language_and_the_menu_button_shows_the_commands_once()
    {
        await using (await TelegramHost.StartAsync(_api, _data.Path))
        {
            await _api.WaitUntilAsync(() => _api.Calls("setChatMenuButton").Count == 1, "the menu button set");
        }

        foreach (var (method, key, field) in new[]
        {
            ("setMyDescription", TextKeys.TelegramDescription, "description"),
            ("setMyShortDescription", TextKeys.TelegramShortDescription, "short_description"),
        })
        {
            var calls = _api.Calls(method);
            Assert.Equal(["", "kk", "ru"], calls.Select(c => c.Body["language_code"]?.ToString() ?? "").Order());
            Assert.Equal(Text(key, Language.Kk), calls.Single(c => c.Body["language_code"]?.ToString() == "kk").Body[field]!.ToString());
            Assert.Equal(Text(key, Language.Ru), calls.Single(c => c.Body["language_code"]?.ToString() == "ru").Body[field]!.ToString());
            Assert.Equal(Text(key, Language.Ru), calls.Single(c => c.Body["language_code"] is null).Body[field]!.ToString());
            Assert.All(calls, c => Assert.Equal(200, c.Status));
        }

        Assert.Equal("commands", _api.Calls("setChatMenuButton").Single().Body["menu_button"]!["type"]!.ToString());

        // A restart reads what Telegram has and, finding it right, writes nothing again.
        await using (await TelegramHost.StartAsync(_api, _data.Path))
        {
            await _api.WaitUntilAsync(() => _api.Calls("getChatMenuButton").Count == 2, "the menu button read again");
        }

        Assert.Equal(3, _api.Calls("setMyDescription").Count);
        Assert.Equal(3, _api.Calls("setMyShortDescription").Count);
        Assert.Single(_api.Calls("setChatMenuButton"));
    }

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.Kk)]
    public void The_descriptions_fit_telegrams_limits(Language language)
    {
        Assert.InRange(Text(TextKeys.TelegramDescription, language).Length, 1, 512);
        Assert.InRange(Text(TextKeys.TelegramShortDescription, language).Length, 1, 120);
    }
}
