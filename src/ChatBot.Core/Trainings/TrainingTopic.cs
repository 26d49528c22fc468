using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Trainings;

/// <summary>A topic to filter the catalogue by: a stable id for button payloads and a title in both languages.</summary>
public sealed record TrainingTopic(string Id, LocalizedText Title);
