namespace ChatBot.Core.Applications;

/// <summary>What a turn needs of applications: the store, the due dates and the texts.</summary>
public sealed record ApplicationServices(IApplications Store, ApplicationClock Clock, ApplicationNotices Notices);
