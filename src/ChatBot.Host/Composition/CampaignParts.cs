using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;

namespace ChatBot.Host.Composition;

/// <summary>The survey campaigns of the one <see cref="BotRuntime"/>: the admin's desk and the inviter behind it.</summary>
public static class CampaignParts
{
    /// <summary>The channels that can write to a user first; the terminal cannot.</summary>
    public static readonly IReadOnlySet<string> InvitableChannels = new HashSet<string> { Channels.Telegram, Channels.Web };

    public static IServiceCollection AddCampaigns(this IServiceCollection services) => services.AddSingleton(sp =>
    {
        var runtime = sp.GetRequiredService<BotRuntime>();
        return Desk(runtime, sp.GetRequiredService<TimeProvider>(), sp.GetService<IConversationNotifier>());
    });

    public static CampaignDesk Desk(BotRuntime runtime, TimeProvider time, IConversationNotifier? notifier) =>
        Desk(runtime.Flows, runtime.Knowledge.Texts, runtime.BlockedChats, time, notifier);

    public static CampaignDesk Desk(
        ChatBot.Core.Flows.FlowServices flows, ChatBot.Core.Knowledge.TextCatalog texts, ChatBot.Core.Storage.IBlockedChats blocked, TimeProvider time, IConversationNotifier? notifier)
    {
        var inviter = new CampaignInviter(texts, flows.Campaigns, flows.Responses, blocked, InvitableChannels, time, notifier);
        return new CampaignDesk(flows.Catalog, flows.Campaigns, flows.Responses, inviter, time);
    }
}
