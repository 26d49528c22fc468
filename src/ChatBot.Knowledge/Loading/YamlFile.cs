using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Knowledge.Loading;

/// <summary>
/// A YAML file read into nodes that remember their line, with typed accessors that report a
/// missing or mistyped value as an error at that line instead of throwing.
/// </summary>
public sealed class YamlFile(string displayPath, YamlMappingNode root, ErrorList errors)
{
    public string Path { get; } = displayPath;

    public YamlMappingNode Root { get; } = root;

    public ErrorList Errors { get; } = errors;

    /// <returns>The file, or null when it does not parse (the syntax error is recorded).</returns>
    public static YamlFile? Read(string fullPath, string displayPath, ErrorList errors)
    {
        try
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(fullPath);
            stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                errors.Add(displayPath, 1, "expected a mapping at the top of the file");
                return null;
            }

            return new YamlFile(displayPath, root, errors);
        }
        catch (YamlException e)
        {
            errors.Add(displayPath, e.Start.Line, "YAML syntax: " + (e.InnerException?.Message ?? e.Message));
            return null;
        }
    }

    public void Error(YamlNode? node, string message) => Errors.Add(Path, node, message);

    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string? Scalar(YamlMappingNode map, string key, bool required = true)
    {
        var node = Node<YamlScalarNode>(map, key, required, "a non-empty text");
        if (node is not null && string.IsNullOrWhiteSpace(node.Value))
        {
            Error(node, $"'{key}' must be a non-empty text");
            return null;
        }

        return node?.Value;
    }

    public YamlMappingNode? Mapping(YamlMappingNode map, string key, bool required = true) =>
        Node<YamlMappingNode>(map, key, required, "a mapping");

    public YamlSequenceNode? Sequence(YamlMappingNode map, string key, bool required = true) =>
        Node<YamlSequenceNode>(map, key, required, "a list");

    private T? Node<T>(YamlMappingNode map, string key, bool required, string expected)
        where T : YamlNode
    {
        switch (Child(map, key))
        {
            case T node:
                return node;
            case null when !required:
                return null;
            case null:
                Error(map, $"'{key}' is missing");
                return null;
            case var node:
                Error(node, $"'{key}' must be {expected}");
                return null;
        }
    }

    public IReadOnlyList<(string Value, YamlNode Node)> Strings(YamlSequenceNode sequence)
    {
        var values = new List<(string, YamlNode)>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                values.Add((value.Trim(), item));
            }
            else
            {
                Error(item, "expected a non-empty text");
            }
        }

        return values;
    }
}
