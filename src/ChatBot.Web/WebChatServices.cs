using System.Text.Encodings.Web;
using System.Text.Unicode;
using ChatBot.Core.Storage;
using ChatBot.Core.WebChats;
using ChatBot.Web.Access;
using ChatBot.Web.Api;
using ChatBot.Web.Events;
using ChatBot.Web.Limits;
using ChatBot.Web.Turns;
using ChatBot.Web.Widget;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Web;

public static class WebChatServices
{
    /// <summary>
    /// The web channel. Expects the bot's parts as services: ConversationEngine, the stores (IConversationStore,
    /// IOutbox, IConversationOutbox, IWebChats), KnowledgeBase, ConversationEvents and TimeProvider.
    /// </summary>
    public static IServiceCollection AddWebChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebChatOptions>()
            .Bind(configuration.GetSection(WebChatOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebChatOptions>, WebChatOptionsValidation>();
        services.AddSingleton<WebTurns>();
        services.AddSingleton<ChatAccess>();
        services.AddSingleton<StreamTickets>();

        // The host may give the keys a place of their own; the stream tickets only need a key ring.
        services.AddDataProtection();
        services.AddSingleton<ChatRateLimits>();
        services.AddSingleton<StreamSlots>();
        services.AddSingleton<StreamClock>();
        services.AddSingleton<WidgetAssets>();

        // Cyrillic and Kazakh letters as themselves in JSON, not \u escapes (HTML-sensitive characters stay escaped).
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddCors(cors => cors.AddPolicy(ChatApi.CorsPolicy, policy =>
        {
            var origins = configuration.GetSection(WebChatOptions.Section).Get<WebChatOptions>()?.AllowedOrigins ?? [];
            _ = origins.Length == 0 ? policy.AllowAnyOrigin() : policy.WithOrigins(origins);
            policy.WithMethods("GET", "POST")
                .WithHeaders("Authorization", "Content-Type", "Last-Event-ID")
                .WithExposedHeaders("Retry-After");
        }));
        services.AddOpenApi(ChatApi.DocumentName, o =>
        {
            o.ShouldInclude = endpoint => endpoint.GroupName == ChatApi.DocumentName;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "ChatBot web chat API";
                document.Info.Description = "Conversations with the consultation bot for the business portal's widget and any other client.";
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>Stops start-up with each problem of the settings spelled out.</summary>
    private sealed class WebChatOptionsValidation : IValidateOptions<WebChatOptions>
    {
        public ValidateOptionsResult Validate(string? name, WebChatOptions options)
        {
            var problems = options.Problems().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
