using ChatBot.Core.Trainings;
using ChatBot.Host.Composition;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Trainings;

/// <summary>The trainings feature in the web host: its services, the scheduler and the admin API.</summary>
public static class TrainingRegistration
{
    public static IServiceCollection AddTrainings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TrainingOptions>()
            .Bind(configuration.GetSection(TrainingOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrainingOptions>>(new ProblemsValidation<TrainingOptions>(o => o.Problems()));
        services.AddSingleton<TrainingScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<TrainingScheduler>());
        services.AddTrainingAdminPolicy();
        return services;
    }
}
