using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;
using ChatBot.Host.Cli;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;
using static ChatBot.Tests.Flows.SurveyScript;

namespace ChatBot.Tests.Campaigns;

/// <summary><c>chatbot survey campaign open|close|status</c> on a real database file.</summary>
public sealed class CampaignCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public CampaignCommandTests()
    {
        using var database = new ChatBotDatabase(_folder.File(ChatBotDatabase.FileName), "cli-password");
        var conversation = new Conversation
        {
            Id = "telegram:42",
            Channel = "telegram",
            ChatId = "42",
            Language = Core.Messages.Language.Kk,
            News = new NewsConsent { GivenAt = DateTimeOffset.UtcNow },
        };
        new LiteConversationStore(database).Commit(new TurnRecord(conversation, null, [], [], [], []));
    }

    public void Dispose() => _folder.Dispose();

    private Task<int> Run(params string[] args) => Verbs.RunAsync(
    [
        "survey", "campaign", .. args,
        "--ChatBot:DataDir=" + _folder.Path, "--ChatBot:DatabasePassword=cli-password",
        "--ChatBot:KnowledgeDir=" + RepositoryPaths.Knowledge, "--ChatBot:DialogsDir=" + RepositoryPaths.Dialogs,
    ]);

    [Fact]
    public async Task OpenQueuesTheInvitationOnceStatusAndCloseWorkAndBadInputExitsWith2()
    {
        Assert.Equal(0, await Run("open", "--survey", Id, "--period", "2026"));
        Assert.Equal(0, await Run("open", "--survey", Id, "--period", "2026"));
        Assert.Equal(0, await Run("status", "--survey", Id));
        Assert.Equal(2, await Run("close", "--survey", Id, "--reopens-on", "next spring"));
        Assert.Equal(0, await Run("close", "--survey", Id, "--reopens-on", "2099-03-01"));
        Assert.Equal(1, await Run("open", "--survey", "no_such_survey"));
        Assert.Equal(2, await Run("open"));

        using var database = new ChatBotDatabase(_folder.File(ChatBotDatabase.FileName), "cli-password");
        var pending = new LiteOutbox(database).Pending("telegram", 10);
        Assert.Equal(SharedModel.Knowledge.Texts.Format(CampaignTextKeys.Invitation, Core.Messages.Language.Kk, ("survey", Survey.Title.In(Core.Messages.Language.Kk)), ("period", "2026")), Assert.Single(pending).Message.Text);
        var campaign = new LiteCampaigns(database).Find(Campaign.Key(Id, "2026"))!;
        Assert.False(campaign.IsOpen);
        Assert.Equal("2099-03-01", campaign.ReopensOn);
        Assert.StartsWith("cli:", campaign.OpenedBy, StringComparison.Ordinal);
    }
}
