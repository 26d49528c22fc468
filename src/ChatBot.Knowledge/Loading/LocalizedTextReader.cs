using ChatBot.Core.Knowledge;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Knowledge.Loading;

/// <summary>Reads <c>{ ru: ..., kk: ... }</c>; a missing or empty language is an error at its line.</summary>
internal static class LocalizedTextReader
{
    public static LocalizedText? Read(YamlFile file, YamlMappingNode parent, string key, bool required = true)
    {
        var map = file.Mapping(parent, key, required);
        if (map is null)
        {
            return null;
        }

        var ru = file.Scalar(map, "ru");
        var kk = file.Scalar(map, "kk");
        return ru is null || kk is null ? null : new LocalizedText(ru.Trim(), kk.Trim());
    }
}
