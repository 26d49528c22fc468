using YamlDotNet.RepresentationModel;

namespace ChatBot.Knowledge.Loading;

/// <summary>Collects every error of a load, so that one run reports them all rather than the first.</summary>
public sealed class ErrorList
{
    private readonly List<LoadError> _errors = [];

    public IReadOnlyList<LoadError> All => _errors;

    public bool Any => _errors.Count > 0;

    public void Add(string file, YamlNode? node, string message) => Add(file, node?.Start.Line ?? 1, message);

    public void Add(string file, long line, string message) => _errors.Add(new LoadError(file, line, message));
}
