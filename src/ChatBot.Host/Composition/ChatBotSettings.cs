using Microsoft.Extensions.Options;

namespace ChatBot.Host.Composition;

/// <summary>The <c>ChatBot:*</c> settings in the web host, checked at start together with the data folder.</summary>
public static class ChatBotSettings
{
    public static IServiceCollection AddChatBotSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChatBotOptions>()
            .Bind(configuration.GetSection(ChatBotOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ChatBotOptions>>(new ProblemsValidation<ChatBotOptions>(ProblemsAtStart));
        return services;
    }

    private static IEnumerable<string> ProblemsAtStart(ChatBotOptions options)
    {
        // An empty DataDir is a problem of its own; only a named folder is worth trying.
        var problems = options.Problems().ToList();
        if (problems.Count == 0 && DataFolder.Problem(options.DataDir) is { } folder)
        {
            problems.Add(folder);
        }

        return problems;
    }
}
