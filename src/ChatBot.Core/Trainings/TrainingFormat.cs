namespace ChatBot.Core.Trainings;

/// <summary>The kinds of training the chamber runs; catalogue files spell them in snake case.</summary>
public enum TrainingFormat
{
    Course,
    MasterClass,
    Webinar,
    Offline,
}
