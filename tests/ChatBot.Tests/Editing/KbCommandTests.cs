using ChatBot.Core.Editing;
using ChatBot.Host.Composition;
using ChatBot.Host.Editing;
using ChatBot.Knowledge.Loading;
using ChatBot.Knowledge.Writing;
using ChatBot.Nlu.Intents;
using ChatBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Editing;

/// <summary><c>chatbot kb diff</c> and <c>chatbot kb export</c> on a data folder whose live knowledge an editor changed.</summary>
public sealed class KbCommandTests : IDisposable
{
    private const string Topic = "register_sole_proprietor";
    private const string Password = "kb-password";
    private readonly TemporaryFolder _data = new();
    private readonly TemporaryFolder _out = new();

    public void Dispose()
    {
        _data.Dispose();
        _out.Dispose();
    }

    [Fact]
    public async Task DiffNamesTheEditedTopicAndExportWritesFilesThatLoadToTheLiveModelInputs()
    {
        var live = EditShortAnswer("Изменено редактором.");
        var exported = Path.Combine(_out.Path, "knowledge");

        var (diffExit, diffOutput) = await ServiceProcess.RunToEndAsync(["kb", "diff", .. Settings()]);
        var (exportExit, exportOutput) = await ServiceProcess.RunToEndAsync(["kb", "export", "--out", exported, .. Settings()]);
        var loaded = KnowledgeLoader.Load(exported);

        Assert.True(diffExit == 0, diffOutput);
        Assert.Contains("changed\t" + Topic, diffOutput, StringComparison.Ordinal);
        Assert.True(exportExit == 0, exportOutput);
        Assert.Contains("files written to " + exported, exportOutput, StringComparison.Ordinal);
        Assert.Empty(loaded.Errors);
        Assert.Equal("Изменено редактором.", loaded.Knowledge!.Find(Topic)!.Short!.Ru);
        Assert.Equal(KnowledgeExamples.From(live), KnowledgeExamples.From(loaded.Knowledge));
    }

    [Fact]
    public async Task ExportWithoutAFolderIsRefusedInOneLine()
    {
        var (exit, output) = await ServiceProcess.RunToEndAsync(["kb", "export", .. Settings()]);

        Assert.Equal(2, exit);
        Assert.Equal("chatbot: kb export --out DIR: the folder to write the knowledge files into", output.Trim());
    }

    private string[] Settings() =>
        ["--ChatBot:DataDir=" + _data.Path, "--ChatBot:KnowledgeDir=" + RepositoryPaths.Knowledge, "--ChatBot:DatabasePassword=" + Password];

    /// <summary>Seeds the data folder's live knowledge and changes one topic in it, as a save in the console does.</summary>
    private Core.Knowledge.KnowledgeBase EditShortAnswer(string text)
    {
        var options = new ChatBotOptions { DataDir = _data.Path, KnowledgeDir = RepositoryPaths.Knowledge, DatabasePassword = Password };
        using var services = ChatBotServices.ForDataVerbs(options, "test");
        var opening = services.GetRequiredService<LiveKnowledgeOpening>();
        var store = services.GetRequiredService<ILiveKnowledgeStore>();
        var format = services.GetRequiredService<IKnowledgeFormat>();
        var copy = store.Copy()!;
        var file = format.WithTopic(format.Read(copy.Files), copy.Files, opening.Live.Find(Topic)! with { Short = new(text, "Редактор өзгертті.") });
        var files = KnowledgeFiles.With(copy.Files, file);
        store.Save(new LiveKnowledgeCopy { Version = copy.Version + 1, Edited = true, ShippedHash = copy.ShippedHash, EditedFiles = [file.Path], Files = files });
        return format.Read(files).Knowledge!;
    }
}
