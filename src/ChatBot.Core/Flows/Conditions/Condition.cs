using System.Globalization;

namespace ChatBot.Core.Flows.Conditions;

/// <summary>
/// A parsed <c>when</c> expression over earlier answers. Evaluation only compares values: there is
/// nothing to execute. A step not answered (skipped or not shown) makes every comparison on it false.
/// </summary>
public abstract record Condition
{
    public abstract bool Evaluate(IReadOnlyDictionary<string, string> answers);

    /// <summary>The step ids the expression reads, for the loader's checks.</summary>
    public abstract IEnumerable<string> Steps();

    public sealed record And(Condition Left, Condition Right) : Condition
    {
        public override bool Evaluate(IReadOnlyDictionary<string, string> answers) => Left.Evaluate(answers) && Right.Evaluate(answers);

        public override IEnumerable<string> Steps() => Left.Steps().Concat(Right.Steps());
    }

    public sealed record Or(Condition Left, Condition Right) : Condition
    {
        public override bool Evaluate(IReadOnlyDictionary<string, string> answers) => Left.Evaluate(answers) || Right.Evaluate(answers);

        public override IEnumerable<string> Steps() => Left.Steps().Concat(Right.Steps());
    }

    public sealed record Not(Condition Inner) : Condition
    {
        public override bool Evaluate(IReadOnlyDictionary<string, string> answers) => !Inner.Evaluate(answers);

        public override IEnumerable<string> Steps() => Inner.Steps();
    }

    /// <summary><c>step op value</c>; for a multi-choice answer, <c>==</c> means "includes".</summary>
    public sealed record Compare(string Step, string Operator, string Value) : Condition
    {
        public override bool Evaluate(IReadOnlyDictionary<string, string> answers)
        {
            if (!answers.TryGetValue(Step, out var answer) || string.IsNullOrEmpty(answer))
            {
                return false;
            }

            var values = answer.Split(',');
            if (Number(answer) is { } a && Number(Value) is { } b)
            {
                return Operator switch
                {
                    "==" => a == b,
                    "!=" => a != b,
                    "<" => a < b,
                    "<=" => a <= b,
                    ">" => a > b,
                    ">=" => a >= b,
                    _ => false,
                };
            }

            return Operator switch
            {
                "==" => values.Contains(Value, StringComparer.OrdinalIgnoreCase),
                "!=" => !values.Contains(Value, StringComparer.OrdinalIgnoreCase),
                _ => false,
            };
        }

        public override IEnumerable<string> Steps() => [Step];

        private static double? Number(string text) =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary><c>step in [a, b]</c>: true when the answer (or any selected option) is in the list.</summary>
    public sealed record In(string Step, IReadOnlyList<string> Values) : Condition
    {
        public override bool Evaluate(IReadOnlyDictionary<string, string> answers) =>
            answers.TryGetValue(Step, out var answer) && !string.IsNullOrEmpty(answer) && answer.Split(',').Any(v => Values.Contains(v, StringComparer.OrdinalIgnoreCase));

        public override IEnumerable<string> Steps() => [Step];
    }
}
