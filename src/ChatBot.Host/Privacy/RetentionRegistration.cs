namespace ChatBot.Host.Privacy;

/// <summary>Retention in the web host: the daily job that anonymises what its periods say is due.</summary>
internal static class RetentionRegistration
{
    public static IServiceCollection AddRetention(this IServiceCollection services) => services
        .AddSingleton<DailyRetention>()
        .AddHostedService(sp => sp.GetRequiredService<DailyRetention>());
}
