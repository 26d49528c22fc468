using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.Nlu.Evaluation;
using ChatBot.Nlu.Intents;

namespace ChatBot.Tests.Nlu;

public sealed class ThresholdCurveTests
{
    // Two in-scope questions, one answered confidently and right, one hesitantly and right; one out-of-scope
    // question the classifier wrongly gives to a topic with middling confidence.
    private static readonly IReadOnlyList<ScoredExample> Examples =
    [
        Example("open an account", "open_account", ("open_account", 0.9), ("close_account", 0.1)),
        Example("close it", "close_account", ("close_account", 0.3), ("open_account", 0.25)),
        Example("what is the weather", DecisionPolicy.OutOfScope, ("open_account", 0.6), (DecisionPolicy.OutOfScope, 0.4)),
    ];

    [Fact]
    public void AtAcceptZeroTheCurveIsTheRawTopOneAccuracy()
    {
        var first = ThresholdCurve.Trace(Examples, DecisionThresholds.Default)[0];

        Assert.Equal(new CurvePoint(0, 1.0, 0.0), first);
    }

    [Fact]
    public void RaisingTheAcceptThresholdTradesInScopeAnswersForRefusedOutOfScopeQuestions()
    {
        var curve = ThresholdCurve.Trace(Examples, DecisionThresholds.Default);

        Assert.Equal(new CurvePoint(0.3, 1.0, 0.0), curve.Single(p => p.Accept == 0.3));
        Assert.Equal(new CurvePoint(0.35, 0.5, 0.0), curve.Single(p => p.Accept == 0.35));
        Assert.Equal(new CurvePoint(0.65, 0.5, 1.0), curve.Single(p => p.Accept == 0.65));
        Assert.Equal(new CurvePoint(0.95, 0.0, 1.0), curve[^1]);
    }

    [Fact]
    public void TheCurveIgnoresTheMarginOfThePolicy()
    {
        var strictMargin = DecisionThresholds.Default with { Margin = 0.5 };

        Assert.Equal(ThresholdCurve.Trace(Examples, DecisionThresholds.Default), ThresholdCurve.Trace(Examples, strictMargin));
    }

    private static ScoredExample Example(string text, string label, params (string Intent, double Probability)[] scores) =>
        new(new TrainingExample(text, label), scores.Select(s => new IntentScore(s.Intent, s.Probability)).ToList(), 0);
}
