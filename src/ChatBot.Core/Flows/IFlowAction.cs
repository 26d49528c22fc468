using ChatBot.Core.Conversations;
using ChatBot.Core.Engine;

namespace ChatBot.Core.Flows;

/// <summary>
/// The C# behind a flow that does something at its end (<c>on_complete</c> in the flow file): the enrollment form
/// enrolls. Flow files stay data; this is the one place where a flow meets a service.
/// </summary>
public interface IFlowAction
{
    /// <summary>The name flow files use in <c>on_complete</c>.</summary>
    string Name { get; }

    /// <summary>Answers already known for <c>profile</c> steps (a returning user's details), by step id.</summary>
    IReadOnlyDictionary<string, string> KnownAnswers(TurnContext turn, FlowState state);

    /// <summary>Values for <c>{placeholders}</c> in the flow's prompts, such as the training's title.</summary>
    IReadOnlyDictionary<string, string> Placeholders(TurnContext turn, FlowState state);

    /// <summary>The flow is complete (the state holds every answer): act on it and reply instead of the flow's done text.</summary>
    void Complete(TurnContext turn, FlowDefinition flow, FlowState state);
}
