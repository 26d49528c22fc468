using Microsoft.Extensions.Options;

namespace ChatBot.Host.Composition;

/// <summary>Fails a settings class with each problem it names, so that start-up reports them one a line.</summary>
internal sealed class ProblemsValidation<TOptions>(Func<TOptions, IEnumerable<string>> problems) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var found = problems(options).ToList();
        return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
    }
}
