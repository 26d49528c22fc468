namespace ChatBot.Core.Engine.Applications;

/// <summary>The step ids and option values of dialogs/application.yaml that the action reads.</summary>
public static class ApplicationForm
{
    public const string FlowId = "application";
    public const string Kind = "kind";
    public const string Description = "description";
    public const string Name = "name";
    public const string Phone = "phone";
    public const string AnswerBy = "answer_by";
    public const string ByPhone = "phone";
}
