using ChatBot.Core.Knowledge;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Knowledge.Loading;

/// <summary>Reads system/texts.yaml: <c>texts: { key: { ru, kk } }</c>.</summary>
internal static class TextsFileReader
{
    public static Dictionary<string, LocalizedText> Read(YamlFile file)
    {
        var texts = new Dictionary<string, LocalizedText>();
        var map = file.Mapping(file.Root, "texts");
        if (map is null)
        {
            return texts;
        }

        foreach (var keyNode in map.Children.Keys)
        {
            var key = ((YamlScalarNode)keyNode).Value!;
            if (LocalizedTextReader.Read(file, map, key) is { } text)
            {
                texts[key] = text;
            }
        }

        return texts;
    }
}
