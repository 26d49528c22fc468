using ChatBot.Core.Trainings;
using ChatBot.Host.Composition;

namespace ChatBot.Host.Trainings;

/// <summary>The trainings feature in the web host: its services, the scheduler and the admin API.</summary>
public static class TrainingRegistration
{
    public static IServiceCollection AddTrainings(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TrainingOptions>(configuration.GetSection(TrainingOptions.Section));
        services.AddSingleton<TrainingScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<TrainingScheduler>());
        services.AddTrainingAdminPolicy();
        return services;
    }
}
