using System.Text.RegularExpressions;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;

namespace ChatBot.Tests.Knowledge;

public sealed partial class PluralTests
{
    [Theory]
    [InlineData(1, "символ")]
    [InlineData(21, "символ")]
    [InlineData(101, "символ")]
    [InlineData(2, "символа")]
    [InlineData(3, "символа")]
    [InlineData(24, "символа")]
    [InlineData(1.5, "символа")]
    [InlineData(0, "символов")]
    [InlineData(5, "символов")]
    [InlineData(11, "символов")]
    [InlineData(12, "символов")]
    [InlineData(14, "символов")]
    [InlineData(111, "символов")]
    public void Russian_takes_the_form_its_count_needs(double count, string expected) =>
        Assert.Equal(expected, Plurals.Choose(Language.Ru, count, ["символ", "символа", "символов"]));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(25)]
    public void Kazakh_keeps_the_singular_after_any_number(int count) =>
        Assert.Equal("таңба", Plurals.Choose(Language.Kk, count, ["таңба"]));

    [Theory]
    [InlineData(1, "Слишком коротко, напишите хотя бы 1 символ.")]
    [InlineData(3, "Слишком коротко, напишите хотя бы 3 символа.")]
    [InlineData(5, "Слишком коротко, напишите хотя бы 5 символов.")]
    public void A_text_with_a_count_says_it_with_the_right_form(int min, string expected) =>
        Assert.Equal(expected, SharedModel.Knowledge.Texts.Format(FlowTextKeys.TextTooShort, Language.Ru, ("min", min)));

    [Theory]
    [InlineData("5", "5-ке", "5-тен")]
    [InlineData("6", "6-ға", "6-дан")]
    [InlineData("10", "10-ға", "10-нан")]
    [InlineData("0", "0-ге", "0-ден")]
    [InlineData("1", "1-ге", "1-ден")]
    [InlineData("3", "3-ке", "3-тен")]
    [InlineData("40", "40-қа", "40-тан")]
    [InlineData("80", "80-ге", "80-нен")]
    [InlineData("25", "25-ке", "25-тен")]
    [InlineData("100", "100-ге", "100-ден")]
    [InlineData("1000", "1000-ға", "1000-нан")]
    [InlineData("09:00", "09:00-ға", "09:00-дан")]
    [InlineData("18:00", "18:00-ге", "18:00-ден")]
    [InlineData("18:30", "18:30-ға", "18:30-дан")]
    public void A_kazakh_number_takes_the_ending_its_last_spoken_word_needs(string value, string dative, string ablative)
    {
        Assert.Equal(dative, KazakhNumberSuffixes.With(value, KazakhNumberSuffixes.Case.Dative));
        Assert.Equal(ablative, KazakhNumberSuffixes.With(value, KazakhNumberSuffixes.Case.Ablative));
    }

    [Fact]
    public void A_kazakh_range_in_a_text_takes_the_right_endings() =>
        Assert.Equal(
            "1-ден 5-ке дейінгі бүтін санмен баға қойыңыз.",
            SharedModel.Knowledge.Texts.Format(FlowTextKeys.InvalidScale, Language.Kk, ("min", 1), ("max", 5)));

    [Fact]
    public void Every_russian_count_in_the_texts_has_its_three_forms()
    {
        foreach (var (key, text) in SharedModel.Knowledge.Texts.All)
        {
            foreach (Match match in PluralPlaceholder().Matches(text.Ru))
            {
                Assert.True(match.Groups["forms"].Value.Split('|').Length == 3, $"{key}: {match.Value} needs one|few|many");
            }
        }
    }

    [Fact]
    public void Every_text_names_the_time_zone_as_almaty_time()
    {
        foreach (var (key, text) in SharedModel.Knowledge.Texts.All)
        {
            Assert.DoesNotContain("время Астан", text.Ru, StringComparison.Ordinal);
            Assert.DoesNotContain("Астана уақыт", text.Kk, StringComparison.Ordinal);
            Assert.False(text.Ru.Contains("(время", StringComparison.Ordinal) && !text.Ru.Contains("(время Алматы)", StringComparison.Ordinal), key);
        }
    }

    [GeneratedRegex(@"\{(?<name>[a-z_]+)\|(?<forms>[^{}]+)\}")]
    private static partial Regex PluralPlaceholder();
}
