using System.Text;

namespace ChatBot.Resilience.Tests.Fuzz.Http;

/// <summary>
/// The operators' API as a signed-in operator or administrator calls it, and as a confused or hostile one does: claim,
/// reply, note, release, transfer and close on conversations of the queue, of the bot, and on junk ids; the
/// conversation view with and without a reason; canned answers, the audit log and accounts; generated bodies, the XSRF
/// header right, wrong or missing, the session of the other role or none. The sessions stay valid: no logout, and no
/// account change aims at the fuzz's own logins.
/// </summary>
internal sealed class OperatorRequests(
    Random random, FuzzText text, JsonBodies bodies, OperatorSession desk, OperatorSession admin, IReadOnlyList<string> conversations)
{
    private const string Api = "/api/operator";

    /// <param name="headers">Generated headers to send besides the session's (content types, origins, forwarded addresses).</param>
    public HttpFuzzInput Next(List<(string Name, string Value)> headers)
    {
        var id = Id();
        var (method, path, body) = random.Next(18) switch
        {
            0 => ("GET", "/queue", null),
            1 => ("GET", "/canned", null),
            2 => ("GET", Conversation(id), null),
            3 => ("GET", Conversation(id) + "?reason=" + HttpInputs.Percent(Reason()), null),
            4 => ("POST", Conversation(id) + "/claim", MaybeBody()),
            5 or 6 => ("POST", Conversation(id) + "/messages", TextBody()),
            7 => ("POST", Conversation(id) + "/notes", TextBody()),
            8 => ("POST", Conversation(id) + "/release", MaybeBody()),
            9 => ("POST", Conversation(id) + "/transfer", LoginBody()),
            10 => ("POST", Conversation(id) + "/close", MaybeBody()),
            11 => ("GET", "/admin/audit" + text.Pick(["", "?max=5", "?max=0", "?max=-1", "?max=x", "?max=99999999999", "?max=1000"]), null),
            12 => ("POST", "/admin/canned", CannedBody()),
            13 => ("DELETE", "/admin/canned/" + text.Pick(["1", "2", "3", "0", "-1", "99999999999999999999", "x", HttpInputs.Percent(text.Small())]), null),
            14 => ("GET", text.Pick(["/me", "/admin/accounts", "/admin/canned", "/admin/trainings", "/admin/campaigns"]), null),
            15 => ("POST", "/admin/accounts", AccountBody()),
            16 => ("POST", "/admin/accounts/" + HttpInputs.Percent(OtherLogin()) + text.Pick(["/disable", "/enable", "/password"]), MaybeBody()),
            _ => (text.Pick(["PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]), Conversation(id) + text.Pick(["", "/claim", "/messages"]), MaybeBody()),
        };

        var session = random.Next(10) switch
        {
            < 5 => desk,
            < 9 => path.StartsWith("/admin", StringComparison.Ordinal) ? admin : desk,
            _ => random.Next(2) == 0 ? (path.StartsWith("/admin", StringComparison.Ordinal) ? desk : admin) : null,
        };
        if (session is not null)
        {
            headers.Add(("Cookie", random.Next(30) == 0 ? session.Cookie + "x" : session.Cookie));
            if (method != "GET" && random.Next(8) != 0)
            {
                headers.Add(("X-XSRF-TOKEN", random.Next(10) == 0 ? text.Pick(["", "x", session.Xsrf + "x", (session == desk ? admin : desk).Xsrf]) : session.Xsrf));
            }
        }

        if (body is not null && random.Next(4) != 0)
        {
            headers.Add(("Content-Type", "application/json"));
        }

        return new HttpFuzzInput(method, Api + path, headers, body);
    }

    private static string Conversation(string id) => "/conversations/" + id;

    /// <summary>A conversation of the queue or of the bot, escaped or not; sometimes one that does not exist, or junk.</summary>
    private string Id() => random.Next(10) switch
    {
        < 6 => Uri.EscapeDataString(text.Pick(conversations)),
        6 => text.Pick(conversations),
        7 => text.Pick(["web:AAAAAAAAAAAAAAAAAAAAAA", "telegram:1", "telegram:-1", "web:", ":", "x"]),
        8 => new string('x', random.Next(100, 3_000)),
        _ => HttpInputs.Percent(text.Small()),
    };

    private string Reason() => random.Next(5) switch
    {
        0 => "",
        1 => " ",
        2 => new string('r', random.Next(490, 520)),
        _ => text.Next(),
    };

    private string OtherLogin() => text.Pick(["nobody", "admin", "x", "", text.Small()]);

    private byte[]? MaybeBody() => random.Next(3) switch
    {
        0 => null,
        1 => "{}"u8.ToArray(),
        _ => bodies.Any(),
    };

    private byte[] TextBody() => random.Next(4) switch
    {
        < 2 => Json(("text", JsonBodies.Quote(text.Next()))),
        2 => Json(("text", JsonBodies.Quote(new string('я', random.Next(3_990, 4_010))))),
        _ => bodies.Any(),
    };

    private byte[] LoginBody() => random.Next(4) switch
    {
        0 => Json(("login", JsonBodies.Quote(desk.Login))),
        1 => Json(("login", JsonBodies.Quote(admin.Login))),
        2 => Json(("login", JsonBodies.Quote(text.Small()))),
        _ => bodies.Any(),
    };

    private byte[] CannedBody() => random.Next(3) switch
    {
        < 2 => Json(
            ("language", JsonBodies.Quote(text.Pick(["ru", "kk", "en", "", text.Small()]))),
            ("title", JsonBodies.Quote(text.Small())),
            ("text", JsonBodies.Quote(text.Next()))),
        _ => bodies.Any(),
    };

    private byte[] AccountBody() => random.Next(3) switch
    {
        < 2 => Json(
            ("login", JsonBodies.Quote(text.Pick([desk.Login, admin.Login, "x", text.Small()]))),
            ("role", JsonBodies.Quote(text.Pick(["operator", "admin", "root", "", text.Small()]))),
            ("password", JsonBodies.Quote(text.Pick(["short", "", new string('p', random.Next(8, 600)), text.Small()])))),
        _ => bodies.Any(),
    };

    private static byte[] Json(params (string Name, string Value)[] fields) =>
        Encoding.UTF8.GetBytes("{" + string.Join(",", fields.Select(f => JsonBodies.Quote(f.Name) + ":" + f.Value)) + "}");
}
