namespace ChatBot.Operators.Campaigns;

public sealed record OpenCampaignRequest(string? Period);

public sealed record CloseCampaignRequest(string? ReopensOn);
