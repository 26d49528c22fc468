namespace ChatBot.Core.Conversations;

/// <summary>A file taken at a flow's attachment step; sealed with the flow's state (<see cref="FlowState.Files"/>).</summary>
public sealed class FlowFile
{
    public string FileName { get; set; } = "";

    public string MediaType { get; set; } = "";

    public long Size { get; set; }

    public byte[] Content { get; set; } = [];
}
