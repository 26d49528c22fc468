using ChatBot.LoadTest;
using ChatBot.LoadTest.Arguments;

namespace ChatBot.Tests.LoadTest;

/// <summary>`chatbot loadtest`'s options: read strictly, each wrong one named in a sentence.</summary>
public sealed class LoadTestArgumentsTests
{
    private const string Url = "http://127.0.0.1:5080";

    [Fact]
    public void TheIssuesCommandLineGivesEveryValueAndTheRestTakesTheirDefaults()
    {
        var options = LoadTestArguments.Parse(["--url", Url, "--conversations", "200", "--duration", "60s", "--mix", "faq:80,survey:15,enroll:5"], out var problem);

        Assert.Null(problem);
        Assert.NotNull(options);
        Assert.Equal((new Uri(Url), 200, TimeSpan.FromSeconds(60)), (options.Url, options.Conversations, options.Duration));
        Assert.Equal([(SessionKind.Faq, 80), (SessionKind.Survey, 15), (SessionKind.Enroll, 5)], options.Mix.Entries);
        Assert.Null(options.Rate);
        Assert.Equal((TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)), (options.Warmup, options.Ceiling));
    }

    [Theory]
    [InlineData("--rate=1000", "--duration=2m")]
    [InlineData("--rate", "1000", "--duration", "120")]
    public void ValuesComeAfterASpaceOrAnEqualsSignAndDurationsTakeUnits(params string[] args)
    {
        var options = LoadTestArguments.Parse(["--url", Url, .. args], out _);

        Assert.Equal((1000.0, TimeSpan.FromMinutes(2)), (options!.Rate, options.Duration));
    }

    [Theory]
    [InlineData("--url is required", "--conversations", "10")]
    [InlineData("--url must be an http:// or https:// address, not 'localhost:5080'", "--url", "localhost:5080")]
    [InlineData("'poll' is none of faq, survey, enroll", "--url", Url, "--mix", "faq:80,poll:20")]
    [InlineData("'faq' is not name:weight", "--url", Url, "--mix", "faq")]
    [InlineData("'faq' is given twice", "--url", Url, "--mix", "faq:1,faq:2")]
    [InlineData("the weights add up to zero", "--url", Url, "--mix", "faq:0,survey:0")]
    [InlineData("--duration must be a positive length of time", "--url", Url, "--duration", "0s")]
    [InlineData("--duration must be a positive length of time", "--url", Url, "--duration", "soon")]
    [InlineData("--conversations must be a whole number from 1 to 100000, not '0'", "--url", Url, "--conversations", "0")]
    [InlineData("--rate must be a positive number of turns a second, not '-5'", "--url", Url, "--rate", "-5")]
    [InlineData("unknown option --users", "--url", Url, "--users", "5")]
    [InlineData("--rate needs a value", "--url", Url, "--rate")]
    [InlineData("--url is given twice", "--url", Url, "--url", Url)]
    public void AWrongOptionIsOneSentenceNamingIt(string expected, params string[] args)
    {
        var options = LoadTestArguments.Parse(args, out var problem);

        Assert.Null(options);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem!);
    }
}
