using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ChatBot.Core.Flows;
using ChatBot.Web.Api;

namespace ChatBot.Resilience.Tests.Crash;

/// <summary>
/// A person in the web chat walking one flow to its end over HTTP: opens a conversation, starts the survey (or opens
/// a training and enrolls), answers each question the service asks, and keeps every exchange the service
/// acknowledged. Each question must be the next one: its number is the answers acknowledged so far plus one. A request
/// that gets no answer (the service died) ends the walk with the message kept as in flight.
/// </summary>
internal sealed partial class WebUser(int number, FlowDefinition flow, IReadOnlyList<string> openings, Random random)
{
    public const string Conversations = "/api/chat/conversations";

    private readonly FlowAnswers _answers = new(random);
    private readonly Dictionary<string, string> _titles = [];
    private readonly List<string> _selected = [];
    private IReadOnlyList<ChatMessage> _lastReplies = [];
    private int _sent;

    public int Number => number;

    public FlowDefinition Flow => flow;

    public StartConversationResponse? Chat { get; private set; }

    public string ConversationId => "web:" + Chat!.ConversationId;

    /// <summary>The greeting, then each exchange the service answered, in order.</summary>
    public IReadOnlyList<string> Greeting { get; private set; } = [];

    public List<Exchange> Acknowledged { get; } = [];

    /// <summary>The message sent when the service died: it may or may not have been kept.</summary>
    public Exchange? InFlight { get; private set; }

    public bool Finished { get; private set; }

    public IEnumerable<StepAnswer> Answers => Acknowledged.Select(e => e.Answer).OfType<StepAnswer>();

    /// <summary>Walks on until the flow ends or the service stops answering.</summary>
    /// <param name="acknowledged">Called after each answer the service acknowledged.</param>
    public async Task WalkAsync(HttpClient http, Action acknowledged)
    {
        if (Chat is null && !await StartAsync(http))
        {
            return;
        }

        while (!Finished && Next() is { } next)
        {
            if (!await SendAsync(http, next))
            {
                return;
            }

            if (next.Answer is not null)
            {
                acknowledged();
            }
        }
    }

    /// <summary>Sends the message in flight again, under its id; the service answers it once whichever way the crash fell.</summary>
    /// <returns>Whether the service said it had it already.</returns>
    public async Task<bool> ResendAsync(HttpClient http)
    {
        var again = InFlight ?? throw new InvalidOperationException("nothing in flight");
        using var response = await PostAsync(http, again);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = (await response.Content.ReadFromJsonAsync<RepliesResponse>())!;
        Acknowledge(again, replies.Replies);
        return replies.Duplicate;
    }

    /// <summary>The history as the service must show it: greeting, then each acknowledged exchange (the user's line, the replies).</summary>
    public IReadOnlyList<(string From, string Text)> ExpectedHistory()
    {
        var lines = Greeting.Select(text => ("bot", text)).ToList();
        foreach (var exchange in Acknowledged)
        {
            if (exchange.Shown is { } shown)
            {
                lines.Add(("user", shown));
            }

            lines.AddRange(exchange.Replies!.Select(text => ("bot", text)));
        }

        return lines;
    }

    private async Task<bool> StartAsync(HttpClient http)
    {
        try
        {
            using var response = await http.PostAsJsonAsync(Conversations, new { lang = "ru" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Chat = await response.Content.ReadFromJsonAsync<StartConversationResponse>();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }

        Greeting = Chat!.Replies.Select(r => r.Text).ToList();
        Learn(Chat.Replies);
        return true;
    }

    /// <summary>The next opening press, or the answer to the question just asked; null when the flow has ended.</summary>
    private Exchange? Next()
    {
        var id = $"u{number}-{++_sent}";
        if (Acknowledged.Count < openings.Count)
        {
            var opening = openings[Acknowledged.Count];
            return new Exchange(id, null, opening, _titles.GetValueOrDefault(opening), null);
        }

        if (Question() is not { } step)
        {
            Finished = true;
            return null;
        }

        var (text, payload, answer) = _answers.For(step, _selected);
        return new Exchange(id, text, payload, text ?? _titles.GetValueOrDefault(payload!), answer);
    }

    /// <summary>The step the last replies ask, checked to be the next one; null when they ask nothing.</summary>
    private FlowStepDefinition? Question()
    {
        foreach (var reply in _lastReplies)
        {
            if (Progress().Match(reply.Text) is not { Success: true } match)
            {
                continue;
            }

            var position = int.Parse(match.Groups[1].Value);
            Assert.True(position == Answers.Count() + 1, $"user {number}: asked question {position} after {Answers.Count()} answers acknowledged: {reply.Text}");
            var prompt = reply.Text[match.Length..];
            return flow.Steps.FirstOrDefault(s => prompt.StartsWith(s.Prompt.Ru.Split('{')[0], StringComparison.Ordinal))
                ?? throw new Xunit.Sdk.XunitException($"user {number}: no step of {flow.Id} asks {prompt}");
        }

        return null;
    }

    /// <returns>False when the service gave no answer.</returns>
    private async Task<bool> SendAsync(HttpClient http, Exchange exchange)
    {
        InFlight = exchange;
        IReadOnlyList<ChatMessage> replies;
        try
        {
            using var response = await PostAsync(http, exchange);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"user {number}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            replies = (await response.Content.ReadFromJsonAsync<RepliesResponse>())!.Replies;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }

        Acknowledge(exchange, replies);
        return true;
    }

    private void Acknowledge(Exchange exchange, IReadOnlyList<ChatMessage> replies)
    {
        InFlight = null;
        Acknowledged.Add(exchange with { Replies = replies.Select(r => r.Text).ToList() });
        _lastReplies = replies;
        Learn(replies);
        if (exchange.Answer is not null)
        {
            _selected.Clear();
        }
        else if (exchange.Payload is { } payload && FlowPayloads.TryAnswer(payload, out _, out var value) && !_selected.Remove(value))
        {
            _selected.Add(value);
        }
    }

    /// <summary>Button titles by payload, as the history shows a press: the title of the button that carried it.</summary>
    private void Learn(IEnumerable<ChatMessage> replies)
    {
        foreach (var button in replies.SelectMany(r => r.Buttons))
        {
            _titles[button.Payload] = button.Title;
        }
    }

    private Task<HttpResponseMessage> PostAsync(HttpClient http, Exchange exchange) =>
        http.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{Conversations}/{Chat!.ConversationId}/messages")
        {
            Content = JsonContent.Create(new { text = exchange.Text, payload = exchange.Payload, clientMessageId = exchange.ClientMessageId }),
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", Chat.Token) },
        });

    [GeneratedRegex(@"^(\d+) / \d+\n\n")]
    private static partial Regex Progress();
}
