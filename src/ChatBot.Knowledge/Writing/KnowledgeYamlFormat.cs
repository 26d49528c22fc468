using ChatBot.Core.Editing;
using ChatBot.Core.Knowledge;
using ChatBot.Knowledge.Loading;

namespace ChatBot.Knowledge.Writing;

/// <summary>
/// The editing rules' view of knowledge/: files are read by <see cref="KnowledgeLoader"/> itself (written to a
/// temporary folder, so that an edit is refused for exactly what <c>chatbot check</c> would report) and topics are
/// written back by <see cref="IntentYamlWriter"/>.
/// </summary>
public sealed class KnowledgeYamlFormat : IKnowledgeFormat
{
    /// <summary>The folder's name in messages, as the shipped folder's: <c>knowledge/faq/taxes.yaml:12: ...</c>.</summary>
    private const string FolderName = "knowledge";

    public KnowledgeReading Read(IReadOnlyList<KnowledgeFile> files)
    {
        var temporary = Path.Combine(Path.GetTempPath(), "chatbot-knowledge-" + Guid.NewGuid().ToString("N"));
        try
        {
            var root = Path.Combine(temporary, FolderName);
            Directory.CreateDirectory(root);
            KnowledgeFolder.Write(files, root);
            var result = KnowledgeLoader.Load(root);
            var fileOf = (result.Places ?? new Dictionary<string, IntentPlace>())
                .ToDictionary(p => p.Key, p => p.Value.File.Replace(Path.DirectorySeparatorChar, '/')[(FolderName.Length + 1)..]);
            return new KnowledgeReading(result.Knowledge, result.Errors.Select(e => e.ToString()).ToList(), fileOf);
        }
        finally
        {
            Directory.Delete(temporary, recursive: true);
        }
    }

    public KnowledgeFile WithTopic(KnowledgeReading reading, IReadOnlyList<KnowledgeFile> files, IntentDefinition topic)
    {
        var knowledge = Known(reading);
        if (reading.FileOf.TryGetValue(topic.Id, out var path))
        {
            return new KnowledgeFile { Path = path, Text = IntentYamlWriter.File(IntentsOf(knowledge, reading, path).Select(i => i.Id == topic.Id ? topic : i)) };
        }

        var sibling = knowledge.Intents.FirstOrDefault(i => i.Category == topic.Category && reading.FileOf.ContainsKey(i.Id));
        path = sibling is not null ? reading.FileOf[sibling.Id] : $"faq/{topic.Category}.yaml";
        return new KnowledgeFile { Path = path, Text = IntentYamlWriter.File([.. IntentsOf(knowledge, reading, path), topic]) };
    }

    public KnowledgeFile WithoutTopic(KnowledgeReading reading, IReadOnlyList<KnowledgeFile> files, string intentId)
    {
        var knowledge = Known(reading);
        var path = reading.FileOf.TryGetValue(intentId, out var found) ? found : throw new ArgumentException($"there is no topic '{intentId}'", nameof(intentId));
        return new KnowledgeFile { Path = path, Text = IntentYamlWriter.File(IntentsOf(knowledge, reading, path).Where(i => i.Id != intentId)) };
    }

    public string TopicText(IntentDefinition topic) => IntentYamlWriter.File([topic]);

    public IntentDefinition ParseTopic(string text)
    {
        var errors = new ErrorList();
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(text));
        var file = new YamlFile("topic", (YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode, errors);
        var intents = IntentFileReader.Read(file);
        return intents.Count == 1 && !errors.Any
            ? intents[0].Definition
            : throw new InvalidDataException("a stored topic does not read back:\n" + string.Join('\n', errors.All));
    }

    private static KnowledgeBase Known(KnowledgeReading reading) =>
        reading.Knowledge ?? throw new ArgumentException("the files have errors", nameof(reading));

    private static IEnumerable<IntentDefinition> IntentsOf(KnowledgeBase knowledge, KnowledgeReading reading, string path) =>
        knowledge.Intents.Where(i => reading.FileOf.GetValueOrDefault(i.Id) == path);
}
