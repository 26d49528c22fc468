using ChatBot.Core.Knowledge;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Knowledge.Loading;

/// <summary>
/// Reads system/words.yaml: <c>words: { yes: { ru: [...], kk: [...], any: [...] }, ... }</c>. Every list the
/// engine reads must be there with Russian and Kazakh words, and a word may have one meaning only.
/// </summary>
internal static class WordsFileReader
{
    private static readonly string[] Languages = ["ru", "kk", "any"];

    public static Words? Read(YamlFile file)
    {
        var map = file.Mapping(file.Root, "words");
        if (map is null)
        {
            return null;
        }

        var lists = new Dictionary<string, WordList>();
        var meanings = new Dictionary<string, (string List, long Line)>();
        foreach (var (keyNode, value) in map.Children)
        {
            var name = ((YamlScalarNode)keyNode).Value!;
            if (!Words.Names.Contains(name))
            {
                file.Error(keyNode, $"unknown word list '{name}'; the lists are {string.Join(", ", Words.Names)}");
            }
            else if (value is not YamlMappingNode list)
            {
                file.Error(value, $"word list '{name}' must be a mapping of ru, kk and any to lists of words");
            }
            else
            {
                lists[name] = new WordList(name, ReadList(file, name, list, meanings));
            }
        }

        foreach (var missing in Words.Names.Where(n => !map.Children.ContainsKey(new YamlScalarNode(n))))
        {
            file.Error(map, $"word list '{missing}' is missing (it needs ru and kk words)");
        }

        return lists.Count == Words.Names.Count ? new Words(lists) : null;
    }

    private static List<string> ReadList(YamlFile file, string name, YamlMappingNode list, Dictionary<string, (string List, long Line)> meanings)
    {
        var words = new List<string>();
        foreach (var unknown in list.Children.Keys.Where(k => !Languages.Contains(((YamlScalarNode)k).Value)))
        {
            file.Error(unknown, $"'{((YamlScalarNode)unknown).Value}' in word list '{name}' is not ru, kk or any");
        }

        foreach (var language in Languages)
        {
            var sequence = file.Sequence(list, language, required: language != "any");
            if (sequence is null)
            {
                continue;
            }

            if (sequence.Children.Count == 0 && language != "any")
            {
                file.Error(sequence, $"word list '{name}' has no '{language}' words");
            }

            foreach (var (word, node) in file.Strings(sequence))
            {
                var typed = WordList.Typed(word);
                if (typed.Length == 0)
                {
                    file.Error(node, $"word '{word}' of '{name}' is only punctuation, which is dropped from what users type");
                    continue;
                }

                if (meanings.TryGetValue(typed, out var first))
                {
                    file.Error(node, first.List == name
                        ? $"word '{word}' is repeated in '{name}' (first at line {first.Line})"
                        : $"word '{word}' of '{name}' is already a word of '{first.List}' (line {first.Line}); a word may have one meaning only");
                    continue;
                }

                meanings[typed] = (name, node.Start.Line);
                words.Add(word);
            }
        }

        return words;
    }
}
