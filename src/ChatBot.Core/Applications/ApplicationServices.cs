namespace ChatBot.Core.Applications;

/// <summary>What a turn needs of applications: the store, the due dates, the texts and how many files they take.</summary>
public sealed record ApplicationServices(IApplications Store, ApplicationClock Clock, ApplicationNotices Notices, AttachmentLimits? Limits = null)
{
    public AttachmentLimits Attachments => Limits ?? AttachmentLimits.Default;
}
