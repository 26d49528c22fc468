using ChatBot.Core.Flows.Answers;

namespace ChatBot.Tests.Flows;

public sealed class KzIdNumberTests
{
    [Theory]
    [InlineData("061211600012")] // the first weights give 10; the second give 2
    [InlineData("180340021791")] // a BIN whose first weighting gives the check digit
    [InlineData("900541586832")]
    [InlineData("900517232165")] // the second weighting decides
    public void ValidNumbersPass(string number) => Assert.True(KzIdNumber.IsValid(number));

    [Theory]
    [InlineData("061211600013")] // wrong check digit
    [InlineData("180340021792")]
    [InlineData("06121160001")] // eleven digits
    [InlineData("0612116000123")] // thirteen
    [InlineData("06121160001a")]
    [InlineData("")]
    public void InvalidNumbersFail(string number) => Assert.False(KzIdNumber.IsValid(number));

    [Fact]
    public void ANumberWhoseSecondWeightingAlsoGivesTenIsInvalidWhateverItsLastDigit()
    {
        const string prefix = "90059729806";
        Assert.Null(KzIdNumber.CheckDigit(prefix + "0"));
        Assert.All(Enumerable.Range(0, 10), d => Assert.False(KzIdNumber.IsValid(prefix + d)));
    }

    [Fact]
    public void TheCheckDigitIsTheWeightedSumModuloEleven()
    {
        // 1*1+8*2+0*3+3*4+4*5+0*6+0*7+2*8+1*9+7*10+9*11 = 243; 243 mod 11 = 1
        Assert.Equal(1, KzIdNumber.CheckDigit("18034002179"));
    }
}
