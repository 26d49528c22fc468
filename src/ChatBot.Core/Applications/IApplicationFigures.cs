namespace ChatBot.Core.Applications;

/// <summary>The one call the reports make for applications: those submitted in [from, to), as of now.</summary>
public interface IApplicationFigures
{
    ApplicationFigures For(DateTimeOffset from, DateTimeOffset to);
}
