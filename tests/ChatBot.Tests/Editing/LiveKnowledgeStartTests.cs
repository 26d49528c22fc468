using ChatBot.Core.Editing;
using ChatBot.Core.Messages;
using ChatBot.Host.Editing;
using ChatBot.Knowledge.Writing;
using ChatBot.Testing;
using ChatBot.Testing.InMemory;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Tests.Editing;

/// <summary>Which knowledge a start answers from: the shipped folder until an editor changes it, then the edited files over the shipped rest.</summary>
public sealed class LiveKnowledgeStartTests : IDisposable
{
    private const string Topic = "register_sole_proprietor";
    private readonly TemporaryFolder _folder = new();
    private readonly InMemoryLiveKnowledge _store = new();
    private readonly KnowledgeYamlFormat _format = new();

    public LiveKnowledgeStartTests() => KnowledgeFolder.Write(KnowledgeFolder.Read(RepositoryPaths.Knowledge), Shipped);

    private string Shipped => Path.Combine(_folder.Path, "knowledge");

    [Fact]
    public void TheFirstStartSeedsTheCopyAndAnUneditedCopyFollowsTheShippedFolder()
    {
        var first = Open();
        File.AppendAllText(Path.Combine(Shipped, "system/texts.yaml"), "  console_kb_test: { ru: Новый ярлык, kk: Жаңа белгі }\n");

        var second = Open();

        Assert.Equal((1, 2), (first.Version, second.Version));
        Assert.Equal("Новый ярлык", second.Live.Texts.Get("console_kb_test", Language.Ru));
        Assert.Equal(KnowledgeFolder.Read(Shipped).Select(f => f.Text), _store.Copy()!.Files.Select(f => f.Text));
    }

    [Fact]
    public void AnEditedFileIsKeptWhileTheOtherFilesOfANewReleaseArrive()
    {
        var opening = Open();
        var topic = opening.Live.Find(Topic)!;
        var reading = _format.Read(_store.Copy()!.Files);
        var edited = _format.WithTopic(reading, _store.Copy()!.Files, topic with { Short = new("Изменено редактором.", "Редактор өзгертті.") });
        _store.Save(new LiveKnowledgeCopy
        {
            Version = 2,
            Edited = true,
            ShippedHash = _store.Copy()!.ShippedHash,
            EditedFiles = [edited.Path],
            Files = KnowledgeFiles.With(_store.Copy()!.Files, edited),
        });
        File.AppendAllText(Path.Combine(Shipped, "system/texts.yaml"), "  console_kb_test: { ru: Новый ярлык, kk: Жаңа белгі }\n");

        var next = Open();

        Assert.Equal(3, next.Version);
        Assert.Equal("Изменено редактором.", next.Live.Find(Topic)!.Short!.Ru);
        Assert.Equal("Новый ярлык", next.Live.Texts.Get("console_kb_test", Language.Ru));
        Assert.Equal([new TopicDifference(Topic, TopicDifference.Changed)], KnowledgeDiff.Between(next.Shipped, next.Live, _format));
    }

    public void Dispose() => _folder.Dispose();

    private LiveKnowledgeOpening Open() => LiveKnowledgeStart.Open(Shipped, _store, _format, NullLogger.Instance);
}
