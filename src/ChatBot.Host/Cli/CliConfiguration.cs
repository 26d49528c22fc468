using ChatBot.Host.Composition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ChatBot.Host.Cli;

/// <summary>Configuration and logging for the verbs that run without the web host, read the same way.</summary>
internal static class CliConfiguration
{
    public static ChatBotOptions Options(string[] args)
    {
        var configuration = ChatBotConfiguration.Build(args);
        return configuration.GetSection(ChatBotOptions.Section).Get<ChatBotOptions>() ?? new ChatBotOptions();
    }

    /// <summary>Logs go to stderr so that a verb's own output on stdout stays clean.</summary>
    public static ILoggerFactory Logging() => LoggerFactory.Create(builder => builder
        .SetMinimumLevel(LogLevel.Information)
        .AddFilter("Microsoft", LogLevel.Warning)
        .AddSimpleConsole(o => o.SingleLine = true)
        .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
}
