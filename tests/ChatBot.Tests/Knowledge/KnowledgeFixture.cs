using System.Text;
using ChatBot.Testing;

namespace ChatBot.Tests.Knowledge;

/// <summary>
/// A knowledge folder in a temporary directory: the repository's system intents, texts, words and policy,
/// plus FAQ files written by the test, so that each test breaks exactly one thing.
/// </summary>
internal sealed class KnowledgeFixture : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public KnowledgeFixture()
    {
        Directory.CreateDirectory(Path.Combine(Root, "faq"));
        Directory.CreateDirectory(Path.Combine(Root, "system"));
        foreach (var file in new[] { "system/intents.yaml", "system/texts.yaml", "system/words.yaml", "policy.yaml" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Knowledge, file), Path.Combine(Root, file));
        }
    }

    public string Root => Path.Combine(_folder.Path, "knowledge");

    public KnowledgeFixture WithFaq(string fileName, string yaml)
    {
        File.WriteAllText(Path.Combine(Root, "faq", fileName), yaml);
        return this;
    }

    public KnowledgeFixture WithText(string file, string yaml)
    {
        File.WriteAllText(Path.Combine(Root, file), yaml);
        return this;
    }

    /// <summary>
    /// One FAQ intent in YAML with enough generated questions, for the test to vary; <paramref name="extra"/>
    /// lines go last, so that the line numbers above them stay put.
    /// </summary>
    public static string Topic(
        string id,
        string category = "registration",
        string? answerKk = "Жауап.",
        string? extraRu = null,
        string related = "[]",
        string questionSeed = "",
        string asOf = "2026",
        string? extra = null)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine($"  - id: {id}");
        yaml.AppendLine("    title: { ru: Тема, kk: Тақырып }");
        yaml.AppendLine($"    category: {category}");
        yaml.AppendLine($"    as_of: {asOf}");
        yaml.AppendLine("    questions:");
        yaml.AppendLine("      ru:");
        if (extraRu is not null)
        {
            yaml.AppendLine($"        - {extraRu}");
        }

        for (var i = 1; i <= 10; i++)
        {
            yaml.AppendLine($"        - вопрос {id}{questionSeed} номер {i}");
        }

        yaml.AppendLine("      kk:");
        for (var i = 1; i <= 6; i++)
        {
            yaml.AppendLine($"        - сұрақ {id}{questionSeed} нөмір {i}");
        }

        yaml.AppendLine("    answer:");
        yaml.AppendLine("      ru: Ответ.");
        if (answerKk is not null)
        {
            yaml.AppendLine($"      kk: {answerKk}");
        }

        yaml.AppendLine($"    related: {related}");
        if (extra is not null)
        {
            yaml.Append(extra);
        }

        return yaml.ToString();
    }

    public void Dispose() => _folder.Dispose();
}
