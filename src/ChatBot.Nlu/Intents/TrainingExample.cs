namespace ChatBot.Nlu.Intents;

/// <summary>A text labelled with its intent: a question variant of the knowledge base or a line of a data set.</summary>
/// <param name="Lang">"ru" or "kk" where known, for results per language; not part of training.</param>
public sealed record TrainingExample(string Text, string Label, string? Lang = null);
