using System.Globalization;

namespace ChatBot.LoadTest.Users;

/// <summary>
/// What a visitor types when a form's question has no buttons to press: read from the question itself, in either
/// language, as a person reads it. A question it cannot place gets a few words of free text; when an answer is refused,
/// the visitor tries the next kind of answer.
/// </summary>
internal static class TypedAnswers
{
    private static readonly string[] NamesRu = ["Айгерим Серикова", "Данияр Ахметов", "Ольга Ким", "Ерлан Жумабаев", "Сания Нурланова"];
    private static readonly string[] NamesKk = ["Айгерім Серікова", "Дәулет Сәрсенбаев", "Мадина Омарова", "Нұрлан Қасымов", "Әсел Бекова"];
    private static readonly string[] ReasonsRu = ["аренда дорожает каждый год", "много проверок и отчётов", "сложно получить кредит", "кадров не хватает"];
    private static readonly string[] ReasonsKk = ["жалдау ақысы жыл сайын өседі", "тексеру мен есеп тым көп", "несие алу қиын", "білікті қызметкер жетіспейді"];

    private enum Kind
    {
        Number,
        Phone,
        Name,
        Text,
        Iin,
        Bin,
    }

    /// <param name="attempt">0 for the first answer to this question, more after each refusal.</param>
    public static string For(string question, string language, Random random, int attempt)
    {
        var kind = attempt == 0 ? Read(question.ToLowerInvariant()) : (Kind)((int)(Read(question.ToLowerInvariant()) + attempt) % 4);
        var kk = language == "kk";
        return kind switch
        {
            Kind.Bin => KzIdNumbers.Bin,
            Kind.Iin => KzIdNumbers.Iin(random),
            Kind.Phone => string.Create(CultureInfo.InvariantCulture, $"+7 70{random.Next(10)} {random.Next(100, 1000)} {random.Next(10, 100)} {random.Next(10, 100)}"),
            Kind.Name => Pick(kk ? NamesKk : NamesRu, random),
            Kind.Number => random.Next(0, 31).ToString(CultureInfo.InvariantCulture),
            _ => Pick(kk ? ReasonsKk : ReasonsRu, random),
        };
    }

    private static Kind Read(string question) =>
        question.Contains("бин", StringComparison.Ordinal) || question.Contains("бсн", StringComparison.Ordinal) ? Kind.Bin
        : question.Contains("иин", StringComparison.Ordinal) || question.Contains("жсн", StringComparison.Ordinal) ? Kind.Iin
        : question.Contains("телефон", StringComparison.Ordinal) ? Kind.Phone
        : question.Contains("зовут", StringComparison.Ordinal) || question.Contains("атыңыз", StringComparison.Ordinal)
            || question.Contains("обращаться", StringComparison.Ordinal) || question.Contains("атайық", StringComparison.Ordinal) ? Kind.Name
        : question.Contains("число", StringComparison.Ordinal) || question.Contains("санмен", StringComparison.Ordinal) ? Kind.Number
        : Kind.Text;

    private static string Pick(string[] choices, Random random) => choices[random.Next(choices.Length)];
}
