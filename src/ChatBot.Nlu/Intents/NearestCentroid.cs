using Microsoft.ML.Data;

namespace ChatBot.Nlu.Intents;

/// <summary>
/// Nearest centroid over the pipeline's own features (TF-IDF word and character n-grams, unit length): each intent's
/// centroid is the mean of its examples' vectors, scaled to unit length, and a message scores the cosine to each.
/// With a handful of phrasings per intent it generalises better than the maximum entropy model, which fits them
/// word for word (docs/understanding.md, "Learning curve").
/// Kept feature by feature (for each feature, the intents whose centroid has it), so that a message's few non-zero
/// features visit only what they touch and the model holds only the centroids' non-zero entries.
/// </summary>
internal sealed class NearestCentroid
{
    private readonly int[] _offsets;
    private readonly int[] _intents;
    private readonly float[] _weights;

    private NearestCentroid(int intentCount, int[] offsets, int[] intents, float[] weights)
    {
        IntentCount = intentCount;
        _offsets = offsets;
        _intents = intents;
        _weights = weights;
    }

    /// <summary>The intents, in the order of the model's labels.</summary>
    public int IntentCount { get; }

    public int Dimensions => _offsets.Length - 1;

    /// <param name="features">The examples' feature vectors.</param>
    /// <param name="intentOf">Each example's intent, an index into the model's labels.</param>
    public static NearestCentroid Fit(IReadOnlyList<VBuffer<float>> features, IReadOnlyList<int> intentOf, int intentCount, int dimensions)
    {
        var sums = new Dictionary<int, double>[intentCount];
        for (var i = 0; i < intentCount; i++)
        {
            sums[i] = [];
        }

        for (var row = 0; row < features.Count; row++)
        {
            var sum = sums[intentOf[row]];
            var norm = Norm(features[row]);
            foreach (var (index, value) in NonZeros(features[row]))
            {
                sum[index] = sum.GetValueOrDefault(index) + value / norm;
            }
        }

        var counts = new int[dimensions + 1];
        var lengths = new double[intentCount];
        for (var intent = 0; intent < intentCount; intent++)
        {
            lengths[intent] = Math.Sqrt(sums[intent].Values.Sum(v => v * v));
            foreach (var index in sums[intent].Keys)
            {
                counts[index + 1]++;
            }
        }

        for (var i = 1; i <= dimensions; i++)
        {
            counts[i] += counts[i - 1];
        }

        var offsets = (int[])counts.Clone();
        var intents = new int[counts[dimensions]];
        var weights = new float[counts[dimensions]];
        var next = (int[])counts.Clone();
        for (var intent = 0; intent < intentCount; intent++)
        {
            // Sorted, so that the same examples lay the centroids out the same way whatever the dictionary's order.
            foreach (var (index, value) in sums[intent].OrderBy(p => p.Key))
            {
                intents[next[index]] = intent;
                weights[next[index]] = (float)(value / lengths[intent]);
                next[index]++;
            }
        }

        return new NearestCentroid(intentCount, offsets, intents, weights);
    }

    /// <summary>The cosine of the message's features to each intent's centroid, in the order of the model's labels.</summary>
    public float[] Cosines(VBuffer<float> features)
    {
        var result = new float[IntentCount];
        var norm = Norm(features);
        if (norm == 0)
        {
            return result;
        }

        foreach (var (index, value) in NonZeros(features))
        {
            if (index >= Dimensions)
            {
                continue;
            }

            for (var k = _offsets[index]; k < _offsets[index + 1]; k++)
            {
                result[_intents[k]] += value * _weights[k];
            }
        }

        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (float)(result[i] / norm);
        }

        return result;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(IntentCount);
        writer.Write(_offsets.Length);
        foreach (var offset in _offsets)
        {
            writer.Write(offset);
        }

        writer.Write(_intents.Length);
        for (var k = 0; k < _intents.Length; k++)
        {
            writer.Write(_intents[k]);
            writer.Write(_weights[k]);
        }
    }

    public static NearestCentroid Read(BinaryReader reader)
    {
        var intentCount = reader.ReadInt32();
        var offsets = new int[reader.ReadInt32()];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = reader.ReadInt32();
        }

        var entries = reader.ReadInt32();
        var intents = new int[entries];
        var weights = new float[entries];
        for (var k = 0; k < entries; k++)
        {
            intents[k] = reader.ReadInt32();
            weights[k] = reader.ReadSingle();
        }

        return new NearestCentroid(intentCount, offsets, intents, weights);
    }

    private static double Norm(VBuffer<float> vector)
    {
        double sum = 0;
        foreach (var value in vector.GetValues())
        {
            sum += value * value;
        }

        return Math.Sqrt(sum);
    }

    private static IEnumerable<(int Index, float Value)> NonZeros(VBuffer<float> vector)
    {
        var values = vector.GetValues().ToArray();
        if (vector.IsDense)
        {
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] != 0)
                {
                    yield return (i, values[i]);
                }
            }

            yield break;
        }

        var indices = vector.GetIndices().ToArray();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] != 0)
            {
                yield return (indices[i], values[i]);
            }
        }
    }
}
