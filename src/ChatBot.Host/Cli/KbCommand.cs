using ChatBot.Core.Editing;
using ChatBot.Host.Composition;
using ChatBot.Host.Editing;
using ChatBot.Knowledge.Writing;

namespace ChatBot.Host.Cli;

/// <summary>
/// <c>chatbot kb export --out DIR | diff</c>: the live knowledge of the data folder written as the files of knowledge/,
/// or the topics in which it differs from the shipped folder. The data folder is held, so the service is stopped.
/// </summary>
internal static class KbCommand
{
    public static int Run(string[] args)
    {
        var sub = args.FirstOrDefault() ?? throw new FormatException("kb: export --out DIR or diff");
        var rest = args.Skip(1).ToArray();
        var verb = new VerbArguments(rest);
        var outDir = sub == "export" ? verb.Option("--out") ?? throw new FormatException("kb export --out DIR: the folder to write the knowledge files into") : null;
        var options = CliConfiguration.Options(rest.Where(a => a != outDir && a != "--out").ToArray());
        using var services = ChatBotServices.ForDataVerbs(options, "chatbot kb");
        var opening = services.GetRequiredService<LiveKnowledgeOpening>();
        var store = services.GetRequiredService<ILiveKnowledgeStore>();
        return sub switch
        {
            "export" => Export(store.Copy()!, outDir!),
            "diff" => Diff(opening, services.GetRequiredService<IKnowledgeFormat>()),
            _ => throw new FormatException($"kb {sub}: unknown; export --out DIR or diff"),
        };
    }

    private static int Export(LiveKnowledgeCopy copy, string outDir)
    {
        if (File.Exists(outDir))
        {
            throw new FormatException($"kb export --out {outDir}: that is a file; give a folder");
        }

        KnowledgeFolder.Write(copy.Files, outDir);
        Console.Error.WriteLine($"live knowledge version {copy.Version}: {copy.Files.Count} files written to {outDir}");
        return 0;
    }

    private static int Diff(LiveKnowledgeOpening opening, IKnowledgeFormat format)
    {
        var differences = KnowledgeDiff.Between(opening.Shipped, opening.Live, format);
        foreach (var difference in differences)
        {
            Console.WriteLine($"{difference.Kind}\t{difference.IntentId}");
        }

        Console.Error.WriteLine(differences.Count == 0
            ? $"the live knowledge (version {opening.Version}) is the shipped folder's"
            : $"{differences.Count} topic(s) differ from the shipped folder (live version {opening.Version})");
        return 0;
    }
}
