namespace ChatBot.Core.Applications;

/// <summary>The applications: numbered on submission, changed one at a time.</summary>
public interface IApplications
{
    /// <summary>
    /// Numbers <paramref name="application"/> with the next number of <paramref name="year"/> and stores it, in one
    /// transaction: two submissions at once never get the same number.
    /// </summary>
    /// <returns>The stored application, with its <see cref="Application.Id"/>.</returns>
    Application Submit(Application application, int year);

    Application? Find(string id);

    /// <summary>A conversation's applications, newest first.</summary>
    IReadOnlyList<Application> OfConversation(string conversationId);

    /// <summary>Every application, oldest first.</summary>
    IReadOnlyList<Application> All();

    /// <summary>Replaces the stored application (a status change, a note, a rating).</summary>
    void Save(Application application);
}
