using ChatBot.Core.Flows.Answers;

namespace ChatBot.Tests.Flows;

public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("+7 701 234 56 78", "+77012345678")]
    [InlineData("8 (701) 234-56-78", "+77012345678")]
    [InlineData("87272345678", "+77272345678")]
    [InlineData("7012345678", "+77012345678")]
    public void KazakhstanNumbersAreNormalised(string typed, string expected) => Assert.Equal(expected, PhoneNumbers.Normalize(typed));

    [Theory]
    [InlineData("+7 916 123 45 67")] // Russian
    [InlineData("12345")]
    [InlineData("+7 701 234 56 78 9")]
    [InlineData("звоните")]
    public void OtherNumbersAreRefused(string typed) => Assert.Null(PhoneNumbers.Normalize(typed));
}
