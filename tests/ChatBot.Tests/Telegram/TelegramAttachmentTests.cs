using System.Net;
using System.Text;
using ChatBot.Core.Applications;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Operators;
using ChatBot.Operators.Accounts;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;
using ChatBot.Testing.Telegram;
using ChatBot.Tests.Operators;
using ChatBot.Tests.Privacy;

namespace ChatBot.Tests.Telegram;

/// <summary>
/// Files sent with an application through the real Telegram.Bot client and the fake Bot API: fetched with
/// <c>getFile</c> and the download, stored sealed in the LiteDB file, and given only to an operator by the console's API.
/// </summary>
[Collection(TelegramHostCollection.Name)]
public sealed class TelegramAttachmentTests : IAsyncLifetime
{
    private const string Password = "correct-horse-7";
    private const string DatabasePassword = "test-password";

    private readonly TemporaryFolder _data = new();
    private FakeBotApi _api = null!;
    private TelegramHost _host = null!;

    private static string Text(string key, Language language) => SharedModel.Knowledge.Texts.Get(key, language).Trim();

    private static string Shown(SentMessage message) => WebUtility.HtmlDecode(message.Text);

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _host = await TelegramHost.StartAsync(_api, _data.Path);
        var accounts = new OperatorAccounts(new LiteOperatorAccounts(_host.Runtime.Database));
        accounts.Add("aigerim", OperatorRoles.Operator, Password, DateTimeOffset.UtcNow);
        accounts.Add("editor", OperatorRoles.Editor, Password, DateTimeOffset.UtcNow);
        accounts.Add("admin", OperatorRoles.Admin, Password, DateTimeOffset.UtcNow);
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        await _api.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task ATelegramAttachmentIsStoredSealedAndReadableOnlyByOperators()
    {
        const string contract = "%PDF-1.4 договор аренды № 17-4412, пункт 9.2 о досрочном расторжении";
        var photo = Encoding.UTF8.GetBytes("JFIF фото уведомления арендодателя 8841");
        var user = _api.User(7101, "ru");
        await ReachTheAttachmentsAsync(user, Language.Ru);

        user.SendDocument("договор.pdf", "application/pdf", Encoding.UTF8.GetBytes(contract));
        Assert.Contains(Received(Language.Ru, 1, "договор.pdf"), Shown(await user.NextReplyAsync()), StringComparison.Ordinal);
        user.SendPhoto(Encoding.UTF8.GetBytes("thumbnail"), photo);
        var both = Shown(await user.NextReplyAsync());
        Assert.StartsWith("4 / 7", both, StringComparison.Ordinal);
        Assert.Matches(@"договор\.pdf, photo-\d+\.jpg", both);

        var id = await FinishAsync(user, Language.Ru);
        var application = _host.Service<IApplications>().Find(id)!;
        Assert.Equal(
            [("договор.pdf", "application/pdf", contract), (application.Attachments[1].FileName, "image/jpeg", Encoding.UTF8.GetString(photo))],
            application.Attachments.Select(a => (a.FileName, a.MediaType, Encoding.UTF8.GetString(a.Content))));
        Assert.Equal(2, _api.Calls("getFile").Count);
        Assert.Equal(2, _api.Calls("file").Count(c => c.Status == 200));

        // In the file only sealed: LiteDB's pages decrypted show neither file, the sealed fields opened show both.
        var dataFile = Path.Combine(_data.Path, ChatBotDatabase.FileName);
        string[] secrets = [contract, Encoding.UTF8.GetString(photo)];
        Assert.Empty(DecryptedFile.Containing(dataFile, DatabasePassword, secrets, openSealed: false));
        Assert.Equal(secrets, DecryptedFile.Containing(dataFile, DatabasePassword, secrets));

        var path = $"/api/operator/applications/{id}/attachments/0";
        using var anonymous = await Client().Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        foreach (var login in new[] { "editor", "admin" })
        {
            using var refused = await (await SignedIn(login)).Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var download = await (await SignedIn("aigerim")).Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(contract, await download.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("kk", Language.Kk)]
    [InlineData("ru", Language.Ru)]
    public async Task AnOversizedDocumentIsNotDownloadedTheUserIsToldTheLimitAndTheStepIsAskedAgain(string appLanguage, Language language)
    {
        var user = _api.User(appLanguage == "kk" ? 7201 : 7202, appLanguage);
        await ReachTheAttachmentsAsync(user, language);

        user.SendDocument("скан.pdf", "application/pdf", [1, 2, 3], claimedSize: 11 * AttachmentLimits.Megabyte);
        Assert.Equal(
            SharedModel.Knowledge.Texts.Format(FlowTextKeys.FileTooBig, language, ("name", "скан.pdf"), ("max", "10")),
            Shown(await user.NextReplyAsync()));
        var again = await user.NextReplyAsync();
        Assert.StartsWith("4 / 7\n\n" + ApplicationForm().Step("attachments")!.Prompt.In(language), Shown(again), StringComparison.Ordinal);
        Assert.Empty(_api.Calls("getFile"));

        user.Press(Text(FlowTextKeys.ButtonDone, language));
        Assert.StartsWith("5 / 7", Shown(await user.NextReplyAsync()), StringComparison.Ordinal);
    }

    private static FlowDefinition ApplicationForm() => SharedModel.Dialogs.Find("application")!;

    private static string Received(Language language, int count, string names) =>
        SharedModel.Knowledge.Texts.Format(FlowTextKeys.FilesReceived, language, ("count", count), ("max", 5), ("names", names));

    private static async Task ReachTheAttachmentsAsync(FakeTelegramUser user, Language language)
    {
        user.Send(language == Language.Kk ? "заңгердің кеңесі керек" : "нужна консультация юриста");
        await user.NextReplyAsync();
        await user.NextReplyAsync();
        user.Press(ApplicationForm().Step("kind")!.Options[0].Label.In(language));
        await user.NextReplyAsync();
        user.Send("Арендодатель расторгает договор аренды досрочно, что делать?");
        await user.NextReplyAsync();
        user.Press(Text(TextKeys.ButtonYes, language));
        Assert.StartsWith("4 / 7\n\n" + ApplicationForm().Step("attachments")!.Prompt.In(language), Shown(await user.NextReplyAsync()), StringComparison.Ordinal);
    }

    private static async Task<string> FinishAsync(FakeTelegramUser user, Language language)
    {
        user.Press(Text(FlowTextKeys.ButtonDone, language));
        await user.NextReplyAsync();
        user.Send("Айгерим Серикова");
        await user.NextReplyAsync();
        user.Press(ApplicationForm().Step("answer_by")!.Options[0].Label.In(language));
        var confirm = Shown(await user.NextReplyAsync());
        Assert.Contains("договор.pdf", confirm, StringComparison.Ordinal);
        user.Press(Text(TextKeys.ButtonYes, language));
        return ApplicationNumber.Find(Shown(await user.NextReplyAsync()))!;
    }

    private OperatorClient Client() =>
        new(new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(_host.Url) });

    private Task<OperatorClient> SignedIn(string login) => Client().SignedInAsync(login, Password);
}
