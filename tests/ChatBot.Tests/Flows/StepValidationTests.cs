using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Knowledge.Dialogs;
using ChatBot.Testing;

namespace ChatBot.Tests.Flows;

/// <summary>Wrong answers at every step type, through the engine: the exact reason, then the question again.</summary>
public sealed class StepValidationTests : IDisposable
{
    private static readonly FlowCatalog EveryType = DialogLoader.Load(DialogLoaderTests.Fixtures("all-types")).Catalog!;
    private readonly TestBot _bot = new(flows: EveryType);

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.Kk)]
    public Task EveryStepTypeSaysWhatIsWrongAndAsksAgain(Language language)
    {
        var flow = EveryType.Find("every_type")!;
        string Prompt(string step, int position) => $"{position} / 13\n\n{flow.Step(step)!.Prompt.In(language)}";
        string Error(string key, params (string, object)[] values) => _bot.Knowledge.Texts.Format(key, language, values);
        return _bot.Conversation()
            .Send("/lang " + language.Code()).AssertText(TextKeys.LanguageSwitched, language)
            .Send("/start types").AssertReply(_ => { }).AssertReplyStartsWith(Prompt("choice", 1))
            .Send("7").AssertReply(Error(FlowTextKeys.InvalidChoice, ("max", 2))).AssertReplyStartsWith(Prompt("choice", 1))
            .Send(language == Language.Kk ? "екінші" : "второй").AssertReplyStartsWith(Prompt("multi", 2))
            .Send("1, 9").AssertReply(Error(FlowTextKeys.InvalidMulti, ("max", 3))).AssertReplyStartsWith(Prompt("multi", 2))
            .Send("1, 2, 3").AssertReply(Error(FlowTextKeys.TooMany, ("max", 2))).AssertReplyStartsWith(Prompt("multi", 2))
            .Send("1, 3").AssertReplyStartsWith(Prompt("scale", 3))
            .Send("6").AssertReply(Error(FlowTextKeys.InvalidScale, ("min", 1), ("max", 5))).AssertReplyStartsWith(Prompt("scale", 3))
            .Send("5").AssertReplyStartsWith(Prompt("number", 4))
            .Send("101").AssertReply(Error(FlowTextKeys.InvalidNumber, ("min", 0), ("max", 100))).AssertReplyStartsWith(Prompt("number", 4))
            .Send("42,5").AssertReplyStartsWith(Prompt("text", 5))
            .Send("ab").AssertReply(Error(FlowTextKeys.TextTooShort, ("min", 3))).AssertReplyStartsWith(Prompt("text", 5))
            .Send("abcdefghijk").AssertReply(Error(FlowTextKeys.TextTooLong, ("max", 10), ("length", 11))).AssertReplyStartsWith(Prompt("text", 5))
            .Send("hello").AssertReplyStartsWith(Prompt("code", 6))
            .Send("a1").AssertReply(flow.Step("code")!.PatternError!.In(language)).AssertReplyStartsWith(Prompt("code", 6))
            .Send("AB12").AssertReplyStartsWith(Prompt("phone", 7))
            .Send("+7 916 123 45 67").AssertReply(Error(FlowTextKeys.InvalidPhone)).AssertReplyStartsWith(Prompt("phone", 7))
            .Send("+7 (701) 234-56-78").AssertReplyStartsWith(Prompt("email", 8))
            .Send("name@").AssertReply(Error(FlowTextKeys.InvalidEmail)).AssertReplyStartsWith(Prompt("email", 8))
            .Send("Name@Example.kz").AssertReplyStartsWith(Prompt("iin", 9))
            .Send("0612116000").AssertReply(Error(FlowTextKeys.IinLength)).AssertReplyStartsWith(Prompt("iin", 9))
            .Send("061211600013").AssertReply(Error(FlowTextKeys.IinChecksum)).AssertReplyStartsWith(Prompt("iin", 9))
            .Send("061211600012").AssertReplyStartsWith(Prompt("bin", 10))
            .Send("18034002179x").AssertReply(Error(FlowTextKeys.BinLength)).AssertReplyStartsWith(Prompt("bin", 10))
            .Send("180340021792").AssertReply(Error(FlowTextKeys.BinChecksum)).AssertReplyStartsWith(Prompt("bin", 10))
            .Send("180340021791").AssertReplyStartsWith(Prompt("date", 11))
            .Send("31.02.2024").AssertReply(Error(FlowTextKeys.InvalidDate)).AssertReplyStartsWith(Prompt("date", 11))
            .Send("15.03.2024").AssertReplyStartsWith(Prompt("consent", 12))
            .Send("может быть").AssertReply(Error(FlowTextKeys.InvalidYesNo)).AssertReplyStartsWith(Prompt("consent", 12))
            .Send(language == Language.Kk ? "иә" : "да").AssertReplyStartsWith(Prompt("confirm", 13))
            .Send("???").AssertReply(Error(FlowTextKeys.InvalidYesNo)).AssertReplyStartsWith(Prompt("confirm", 13))
            .Send("ok").AssertReply(flow.Done.In(language))
            .Do(() =>
            {
                var answers = Assert.Single(_bot.FlowResponses.InPeriod("every_type", "2026")).Answers;
                Assert.Equal("b", answers["choice"]);
                Assert.Equal("x,z", answers["multi"]);
                Assert.Equal("42.5", answers["number"]);
                Assert.Equal("+77012345678", answers["phone"]);
                Assert.Equal("name@example.kz", answers["email"]);
                Assert.Equal("2024-03-15", answers["date"]);
                Assert.Equal("yes", answers["confirm"]);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task DecliningARequiredConsentEndsTheFlow()
    {
        var flow = EveryType.Find("every_type")!;
        var test = _bot.Conversation().Send("/start types").AssertReply(_ => { }).AssertReply(_ => { });
        foreach (var answer in new[] { "1", "1", "3", "5", "hello", "AB12", "87012345678", "a@b.kz", "061211600012", "180340021791", "01.01.2025" })
        {
            test = test.Send(answer).AssertReply(_ => { });
        }

        await test.Send("нет").AssertText(FlowTextKeys.DeclinedConsent, Language.Ru).StartTestAsync();
        Assert.Equal(FlowResponseStatus.Cancelled, Assert.Single(_bot.FlowResponses.InPeriod(flow.Id, "2026")).Status);
    }
}
