namespace ChatBot.Core.Applications;

/// <summary>What an application asks for; the value in the flow file is the lower-case name (<see cref="ApplicationKinds"/>).</summary>
public enum ApplicationKind
{
    Legal,
    Tax,

    /// <summary>Finance and state support measures.</summary>
    Finance,
    Permits,
    Export,
    Other,
}
