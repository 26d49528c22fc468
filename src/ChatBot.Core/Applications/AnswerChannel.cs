namespace ChatBot.Core.Applications;

/// <summary>How the entrepreneur prefers to be answered; the answer's text always reaches the chat as well.</summary>
public enum AnswerChannel
{
    Chat,
    Phone,
}
