namespace ChatBot.Core.Knowledge;

/// <summary>The ids of intents the engine acts on rather than answers from the knowledge base.</summary>
public static class SystemIntents
{
    public const string Greeting = "smalltalk.greeting";
    public const string Thanks = "smalltalk.thanks";
    public const string Goodbye = "smalltalk.goodbye";
    public const string Capabilities = "smalltalk.capabilities";
    public const string OperatorRequest = "operator.request";
    public const string SurveyStart = "survey.start";
    public const string EnrollmentStart = "enrollment.start";
    public const string EnrollmentCancel = "enrollment.cancel";
    public const string DeleteMyData = "privacy.delete_my_data";
    public const string ApplicationStart = "application.start";
    public const string ApplicationStatus = "application.status";

    public static readonly IReadOnlyList<string> All =
        [Greeting, Thanks, Goodbye, Capabilities, OperatorRequest, SurveyStart, EnrollmentStart, EnrollmentCancel, DeleteMyData, ApplicationStart, ApplicationStatus];
}
