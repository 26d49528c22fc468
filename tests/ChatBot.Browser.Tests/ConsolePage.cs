using ChatBot.Operators.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatBot.Browser.Tests;

/// <summary>
/// The console's sign-in as the browser tests go through it: an account with the one test password, a page of the
/// console opened in a browser context of its own, the form filled and sent.
/// </summary>
public static class ConsolePage
{
    public const string Password = "correct-horse-7";

    /// <summary>An account of the role on the live service, for the test that names it.</summary>
    public static void AddAccount(BrowserFixture fixture, string login, string role) =>
        fixture.Service.Service<OperatorAccounts>().Add(login, role, Password, DateTimeOffset.UtcNow);

    /// <summary>Opens the page in a new context, signs in and waits until the form has gone (editors are sent on to the knowledge page).</summary>
    public static async Task<IPage> SignInAsync(BrowserFixture fixture, string login, string path = "/operator", int width = 1280, int height = 800)
    {
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync(path);
        await SubmitAsync(page, login, Password);
        await Expect(page.Locator("#login-view")).ToBeHiddenAsync();
        return page;
    }

    /// <summary>Fills the sign-in form and sends it, without waiting for the answer.</summary>
    public static async Task SubmitAsync(IPage page, string login, string password)
    {
        await page.Locator("#login").FillAsync(login);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#login-view button[type=submit]").ClickAsync();
    }
}
