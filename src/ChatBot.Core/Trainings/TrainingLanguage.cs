namespace ChatBot.Core.Trainings;

/// <summary>The language a training is taught in.</summary>
public enum TrainingLanguage
{
    Ru,
    Kk,
    RuKk,
}
