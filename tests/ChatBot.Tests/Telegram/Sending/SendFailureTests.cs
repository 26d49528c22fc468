using ChatBot.Telegram.Sending;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace ChatBot.Tests.Telegram.Sending;

public sealed class SendFailureTests
{
    [Fact]
    public void FloodControlWaitsAsLongAsTelegramSays()
    {
        var failure = SendFailure.Of(new ApiRequestException("Too Many Requests: retry after 7", 429, new ResponseParameters { RetryAfter = 7 }));

        Assert.Equal(SendFailureKind.FloodWait, failure.Kind);
        Assert.Equal(TimeSpan.FromSeconds(7), failure.RetryAfter);
    }

    [Fact]
    public void ForbiddenMeansTheUserBlockedTheBot() =>
        Assert.Equal(SendFailureKind.Blocked, SendFailure.Of(new ApiRequestException("Forbidden: bot was blocked by the user", 403)).Kind);

    [Fact]
    public void ABadRequestIsNeverRetried() =>
        Assert.Equal(SendFailureKind.Rejected, SendFailure.Of(new ApiRequestException("Bad Request: chat not found", 400)).Kind);

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(401)]
    public void ServerErrorsAreRetried(int code) =>
        Assert.Equal(SendFailureKind.Transient, SendFailure.Of(new ApiRequestException("Bad Gateway", code)).Kind);

    [Fact]
    public void TimeoutsAndNetworkFailuresAreRetried()
    {
        Assert.Equal(SendFailureKind.Transient, SendFailure.Of(new HttpRequestException("Connection refused")).Kind);
        Assert.Equal(SendFailureKind.Transient, SendFailure.Of(new RequestException("Bot API Request timed out", new TaskCanceledException())).Kind);
    }

    [Fact]
    public void BackoffDoublesFromAQuarterSecondUpToHalfAMinute()
    {
        Assert.Equal([0.25, 0.5, 1, 2, 4, 8, 16, 30, 30], Enumerable.Range(1, 9).Select(n => Backoff.After(n).TotalSeconds));
        Assert.Equal(30, Backoff.After(1000).TotalSeconds);
    }
}
