namespace ChatBot.Nlu.Intents;

/// <summary>
/// How the model's two components are combined: p = (1 − w)·p_maxent + w·softmax(cos / τ) over the nearest-centroid
/// cosines. Chosen by cross-validation when the model is trained (<see cref="MixtureSelection"/>); w = 0 is the
/// maximum entropy model alone.
/// </summary>
internal sealed record ScoreMixture(float Weight, float Temperature)
{
    /// <summary>The maximum entropy model alone; τ is what the nearest centroid alone is scored with then.</summary>
    public static readonly ScoreMixture MaxEntOnly = new(0f, 0.05f);

    public float[] Mix(float[] maxEnt, float[] cosines)
    {
        if (Weight == 0)
        {
            return maxEnt;
        }

        var logits = new float[maxEnt.Length];
        for (var i = 0; i < logits.Length; i++)
        {
            logits[i] = (float)((1 - Weight) * Math.Log(Math.Max(maxEnt[i], 1e-9f)) + Weight * cosines[i] / Temperature);
        }

        return Softmax(logits, 1f);
    }

    public float[] CentroidProbabilities(float[] cosines) => Softmax(cosines, Temperature);

    private static float[] Softmax(float[] values, float temperature)
    {
        var result = new float[values.Length];
        if (values.Length == 0)
        {
            return result;
        }

        var max = values.Max();
        double sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var e = Math.Exp((values[i] - max) / temperature);
            result[i] = (float)e;
            sum += e;
        }

        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (float)(result[i] / sum);
        }

        return result;
    }
}
