using ChatBot.Core.Privacy;

namespace ChatBot.Core.Applications;

/// <summary>A document or photo sent with an application; its bytes are sealed like other personal data.</summary>
public sealed class ApplicationAttachment
{
    [Personal]
    public string FileName { get; set; } = "";

    public string MediaType { get; set; } = "";

    public long Size { get; set; }

    [Personal]
    public byte[] Content { get; set; } = [];
}
