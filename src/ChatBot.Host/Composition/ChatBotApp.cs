using ChatBot.Core.Reports;
using ChatBot.Host.Backups;
using ChatBot.Host.Privacy;
using ChatBot.Host.Reports;
using ChatBot.Host.Sessions;
using ChatBot.Host.Surveys;
using ChatBot.Host.Trainings;
using ChatBot.Operators;
using ChatBot.Telegram;
using ChatBot.Web;

namespace ChatBot.Host.Composition;

/// <summary>The web host: settings checked first, the bot runtime as a singleton, the endpoints of each feature.</summary>
public static class ChatBotApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args)
    {
        // The content root is the program's folder, not the working directory, and the settings are read as every
        // verb reads them: editing src/ChatBot.Host/appsettings.json counts wherever the service is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ChatBotConfiguration.ProgramFolder });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddChatBotSources(args);
        var urls = builder.Configuration["urls"];
        LocalAdminSocket.ListenBeside(builder, string.IsNullOrEmpty(urls) ? DefaultUrl : urls);

        // The store decides which services are composed: read and checked first, in one line each.
        var storage = StorageOptions.Read(builder.Configuration);
        builder.Services.AddChatBotSettings(builder.Configuration);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddChatBot(storage);
        builder.Services.AddTelegram(builder.Configuration);
        builder.Services.AddWebChat(builder.Configuration);
        builder.Services.AddSessionKeys();
        builder.Services.AddOperators();
        builder.Services.AddCampaigns();
        builder.Services.AddAnnouncements();
        builder.Services.AddTrainings(builder.Configuration);
        if (!storage.OnPostgreSql)
        {
            // On PostgreSQL backups are pg_dump's (docs/postgresql.md): there is no file to copy.
            builder.Services.AddBackups();
        }

        builder.Services.AddRetention();
        builder.Services.AddSessionSweep();
        builder.Services.AddReportRenderers().AddMonthlyReport();
        builder.Services.AddSingleton<BuildReport>(sp => sp.GetRequiredService<ReportBuilder>().Build);
        builder.Services.AddEmptyRefusals();

        var app = builder.Build();
        StartupSettings.Validate(app.Services);

        // Load knowledge, open the database and train or load the model before accepting requests:
        // a broken knowledge base stops start-up here, with every file:line.
        app.Services.GetRequiredService<BotRuntime>();
        app.UseKnownProxies();
        app.UseSecurityHeaders();
        app.UseStoreUnavailableAnswers();
        app.UseEmptyRefusals();

        // Named here, or the host would put them first, ahead of the proxies' headers and of everything above.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapTelegram();
        app.MapHealth();
        app.MapWebChat();
        app.MapOperators().MapSurveyAdmin().MapCampaignAdmin().MapAnnouncementAdmin().MapTrainingAdmin().MapReportAdmin();
        app.MapTrainingDesk();
        app.MapLocalAdmin();
        return app;
    }
}
