namespace ChatBot.Core.Applications;

/// <summary>
/// What /forget leaves of an application: kind, status, times, consultant and rating, for the reports; the
/// description, the contact, the attachments and every text of the history go.
/// </summary>
public static class ApplicationErasure
{
    public static void Erase(Application application, DateTimeOffset at)
    {
        application.Description = "";
        application.Name = "";
        application.Phone = "";
        application.Attachments = [];
        foreach (var change in application.History)
        {
            change.Text = null;
        }

        application.ErasedAt = at;
    }
}
