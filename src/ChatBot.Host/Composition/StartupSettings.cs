using Microsoft.Extensions.Options;

namespace ChatBot.Host.Composition;

/// <summary>
/// Settings are bound and checked before any work: a wrong one ends start-up at once with what is wrong,
/// instead of a stack trace after the knowledge base has loaded and the model has trained.
/// </summary>
internal static class StartupSettings
{
    /// <summary>Binds and validates now every options class registered with <c>ValidateOnStart</c>.</summary>
    public static void Validate(IServiceProvider services) => Checked(() =>
    {
        services.GetService<IStartupValidator>()?.Validate();
        return true;
    });

    /// <summary>Binds a section for the verbs that run without the web host, with the same reporting.</summary>
    public static T Bind<T>(IConfiguration section)
        where T : new() => Checked(() => section.Get<T>() ?? new T());

    private static T Checked<T>(Func<T> bind)
    {
        try
        {
            return bind();
        }
        catch (OptionsValidationException e)
        {
            throw new SettingsInvalidException(e.Failures.ToList());
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            throw new SettingsInvalidException(e.InnerExceptions.SelectMany(inner => ((OptionsValidationException)inner).Failures).ToList());
        }
        catch (InvalidOperationException e)
        {
            // Only the configuration binder throws this here: "Failed to convert configuration value 'abc' at
            // 'Web:RateLimit:PerAddressPerMinute' to type 'System.Int32'." names the key, the value and the type.
            throw new SettingsInvalidException([e.Message]);
        }
    }
}
