namespace ChatBot.Core.Flows;

/// <summary>Stored flow responses, read for the once-per-period rule and for results.</summary>
public interface IFlowResponses
{
    bool HasCompleted(string flowId, string period, string respondent);

    IReadOnlyList<FlowResponse> InPeriod(string flowId, string period);

    /// <summary>The contacts given with consent at the end of a flow, kept apart from the answers.</summary>
    IReadOnlyList<FlowContact> Contacts(string flowId);
}
