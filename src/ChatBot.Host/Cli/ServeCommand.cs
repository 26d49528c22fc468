using ChatBot.Host.Composition;

namespace ChatBot.Host.Cli;

/// <summary><c>chatbot serve</c>: the service on http://127.0.0.1:5080 unless --urls or ASPNETCORE_URLS says otherwise.</summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var app = ChatBotApp.Build(args);
        await app.RunAsync();
        return 0;
    }
}
