namespace ChatBot.Host.Composition;

/// <summary>
/// Where the settings come from, the same for the service and for every verb: <c>appsettings.json</c> beside the
/// program, whatever the working directory, then the environment, then the command line (each later one wins), over
/// the built-in <see cref="LoggingDefaults"/>.
/// </summary>
public static class ChatBotConfiguration
{
    public const string SettingsFile = "appsettings.json";

    /// <summary>The folder of chatbot.dll; the build copies appsettings.json, knowledge/ and dialogs/ there.</summary>
    public static string ProgramFolder => AppContext.BaseDirectory;

    public static IConfigurationBuilder AddChatBotSources(this IConfigurationBuilder builder, string[] args) => builder
        .AddInMemoryCollection(LoggingDefaults.Settings)
        .AddJsonFile(Path.Combine(ProgramFolder, SettingsFile), optional: true, reloadOnChange: false)

        // ASPNETCORE_URLS and the like, which the web host's own defaults would have read.
        .AddEnvironmentVariables("ASPNETCORE_")
        .AddEnvironmentVariables()
        .AddCommandLine(args);

    public static IConfigurationRoot Build(string[] args) => new ConfigurationBuilder().AddChatBotSources(args).Build();
}
