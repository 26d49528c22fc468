namespace ChatBot.Core.Flows.Conditions;

/// <summary>
/// Parses the small condition language of flows: comparisons (== != &lt; &lt;= &gt; &gt;=),
/// <c>in [..]</c>, <c>and</c>, <c>or</c>, <c>not</c> and parentheses. Recursive descent over tokens.
/// </summary>
public sealed class ConditionParser
{
    private static readonly string[] Operators = ["==", "!=", "<=", ">=", "<", ">"];
    private readonly List<string> _tokens;
    private int _position;

    private ConditionParser(List<string> tokens) => _tokens = tokens;

    /// <exception cref="FormatException">The expression is not valid; the message says why.</exception>
    public static Condition Parse(string text)
    {
        var parser = new ConditionParser(ConditionTokenizer.Tokenize(text));
        var condition = parser.ParseOr();
        if (parser._position < parser._tokens.Count)
        {
            throw new FormatException($"unexpected '{parser._tokens[parser._position]}'");
        }

        return condition;
    }

    private Condition ParseOr()
    {
        var left = ParseAnd();
        while (Accept("or"))
        {
            left = new Condition.Or(left, ParseAnd());
        }

        return left;
    }

    private Condition ParseAnd()
    {
        var left = ParseNot();
        while (Accept("and"))
        {
            left = new Condition.And(left, ParseNot());
        }

        return left;
    }

    private Condition ParseNot()
    {
        if (Accept("not"))
        {
            return new Condition.Not(ParseNot());
        }

        if (Accept("("))
        {
            var inner = ParseOr();
            Expect(")");
            return inner;
        }

        return ParseComparison();
    }

    private Condition ParseComparison()
    {
        var step = Identifier("a step id");
        if (Accept("in"))
        {
            return new Condition.In(step, ParseList());
        }

        if (Accept("not"))
        {
            Expect("in");
            return new Condition.Not(new Condition.In(step, ParseList()));
        }

        var op = Next("an operator");
        if (!Operators.Contains(op))
        {
            throw new FormatException($"expected an operator (==, !=, <, <=, >, >=, in) after '{step}', got '{op}'");
        }

        return new Condition.Compare(step, op, Value());
    }

    private List<string> ParseList()
    {
        Expect("[");
        var values = new List<string> { Value() };
        while (Accept(","))
        {
            values.Add(Value());
        }

        Expect("]");
        return values;
    }

    private string Value()
    {
        var token = Next("a value");
        if (token.Length >= 2 && token[0] is '"' or '\'')
        {
            return token[1..^1];
        }

        if (!ConditionTokenizer.IsWord(token))
        {
            throw new FormatException($"expected a value, got '{token}'");
        }

        return token;
    }

    private string Identifier(string what)
    {
        var token = Next(what);
        if (!ConditionTokenizer.IsWord(token) || char.IsDigit(token[0]) || token is "and" or "or" or "not" or "in")
        {
            throw new FormatException($"expected {what}, got '{token}'");
        }

        return token;
    }

    private bool Accept(string token)
    {
        if (_position < _tokens.Count && _tokens[_position] == token)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(string token)
    {
        if (!Accept(token))
        {
            throw new FormatException($"expected '{token}'" + (_position < _tokens.Count ? $", got '{_tokens[_position]}'" : " at the end"));
        }
    }

    private string Next(string what) =>
        _position < _tokens.Count ? _tokens[_position++] : throw new FormatException($"expected {what} at the end");
}
