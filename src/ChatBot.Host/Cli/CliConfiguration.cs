using ChatBot.Host.Composition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ChatBot.Host.Cli;

/// <summary>Settings and logging for the verbs that run without the web host, read and checked as the service does.</summary>
internal static class CliConfiguration
{
    /// <exception cref="SettingsInvalidException">A setting cannot be used.</exception>
    public static ChatBotOptions Options(string[] args)
    {
        var options = StartupSettings.Bind<ChatBotOptions>(ChatBotConfiguration.Build(args).GetSection(ChatBotOptions.Section));
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? options : throw new SettingsInvalidException(problems);
    }

    /// <summary>Logs go to stderr so that a verb's own output on stdout stays clean.</summary>
    public static ILoggerFactory Logging() => LoggerFactory.Create(builder => builder
        .SetMinimumLevel(LogLevel.Information)
        .AddFilter("Microsoft", LogLevel.Warning)
        .AddSimpleConsole(o => o.SingleLine = true)
        .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
}
