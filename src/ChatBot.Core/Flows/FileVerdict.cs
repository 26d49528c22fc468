namespace ChatBot.Core.Flows;

/// <summary>What a file sent now meets (<see cref="FlowFiles.Judge"/>).</summary>
public enum FileVerdict
{
    /// <summary>The conversation is at an attachment step and the file fits: fetch it and take it.</summary>
    Take,

    /// <summary>No attachment step is being asked.</summary>
    NotAsked,

    /// <summary>Larger than one file may be.</summary>
    TooBig,

    /// <summary>As many files as allowed are already taken.</summary>
    TooMany,

    /// <summary>With the files already taken, more than all of them together may be.</summary>
    TooMuchInAll,
}
