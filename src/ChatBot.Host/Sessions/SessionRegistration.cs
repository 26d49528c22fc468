namespace ChatBot.Host.Sessions;

/// <summary>Sessions in the web host: the job that ends those gone quiet.</summary>
internal static class SessionRegistration
{
    public static IServiceCollection AddSessionSweep(this IServiceCollection services) => services.AddHostedService<SessionSweep>();
}
