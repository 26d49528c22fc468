using ChatBot.Telegram.Pressing;
using ChatBot.Telegram.Receiving;
using ChatBot.Telegram.Sending;
using ChatBot.Telegram.Setup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram;

/// <summary>
/// The Telegram channel's wiring. It needs the engine (<c>ConversationEngine</c>), <c>IConversationStore</c>,
/// <c>IOutbox</c>, <c>IBlockedChats</c>, <c>ConversationEvents</c> and a <c>TimeProvider</c> from the host.
/// </summary>
public static class TelegramServices
{
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TelegramOptions.Section);
        // Only the token decides; the rest is bound and checked at start, where a wrong value is reported.
        if (!new TelegramOptions { Token = section[nameof(TelegramOptions.Token)] }.Enabled)
        {
            return services.AddHostedService<TelegramDisabledNotice>();
        }

        services.AddOptions<TelegramOptions>()
            .Bind(section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidation>();
        services.AddSingleton(sp => TelegramClientFactory.Create(sp.GetRequiredService<IOptions<TelegramOptions>>().Value));
        services.AddSingleton(sp => new SendRateLimiter(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ChatDelivery>();
        services.AddSingleton<TypingIndicator>();
        services.AddSingleton<HeldChats>();
        services.AddSingleton<PressMarker>();
        services.AddSingleton<FileDownload>();
        services.AddSingleton<TelegramUpdateHandler>();
        services.AddSingleton<LongPolling>();
        services.AddSingleton<BotSetup>();
        services.AddHostedService<OutboxSender>();
        services.AddHostedService<TelegramReceiver>();
        return services;
    }

    /// <summary>Maps the webhook endpoint when the channel runs in webhook mode.</summary>
    public static IEndpointRouteBuilder MapTelegram(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetService<IOptions<TelegramOptions>>()?.Value;
        if (options?.UsesWebhook == true)
        {
            endpoints.MapPost(TelegramChannel.WebhookPath, WebhookEndpoint.HandleAsync);
        }

        return endpoints;
    }

    /// <summary>Stops start-up with each problem of the settings spelled out.</summary>
    private sealed class TelegramOptionsValidation : IValidateOptions<TelegramOptions>
    {
        public ValidateOptionsResult Validate(string? name, TelegramOptions options)
        {
            var problems = options.Problems().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
