namespace ChatBot.Core.Understanding;

public sealed record IntentScore(string Intent, double Probability);
