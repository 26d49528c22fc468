using ChatBot.Core.Engine;
using ChatBot.Core.Inbox;
using ChatBot.Core.Messages;
using ChatBot.Http;
using ChatBot.Operators.Api;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Operators.Inbox;

/// <summary>The editors' review inbox: the rows with filters, the topics to file them under, the actions, the export.</summary>
internal static class InboxApi
{
    public static IResult List(string? status, string? signal, string? language, IReviewInbox inbox, ConversationEngine engine)
    {
        if (Query(status, signal, language) is not { } query)
        {
            return BadQuery();
        }

        var knowledge = engine.Knowledge;
        var view = InboxView.Of(inbox.Items(query.Status), knowledge, query);
        return TypedResults.Ok(new
        {
            status = query.Status is { } s ? InboxNames.Of(s) : "all",
            counts = view.Counts.ToDictionary(c => InboxNames.Of(c.Key), c => c.Value),
            hidden = view.Hidden,
            groups = view.Groups.Select(g => InboxRows.Of(g, knowledge)),
        });
    }

    public static IResult Export(string? status, string? signal, string? language, IReviewInbox inbox, ConversationEngine engine)
    {
        if (Query(status, signal, language) is not { } query)
        {
            return BadQuery();
        }

        var view = InboxView.Of(inbox.Items(query.Status), engine.Knowledge, query);
        return TypedResults.File(InboxCsv.Write(view.Groups), "text/csv; charset=utf-8", "inbox.csv");
    }

    public static IResult Topics(string? q, ConversationEngine engine) =>
        TypedResults.Ok(TopicSearch.Find(engine.Knowledge, q).Select(m => new
        {
            id = m.Topic.Id,
            category = m.Topic.Category,
            title = m.Topic.Title,
            phrasing = m.Phrasing,
        }));

    public static async Task<IResult> Act(HttpContext context, InboxDesk desk, ConversationEngine engine)
    {
        var (body, error) = await JsonBody.ReadAsync<InboxActRequest>(context.Request, optional: false);
        if (body is null)
        {
            return HttpProblem.BadRequest(error ?? "send {\"action\": \"ignore\", \"ids\": [1, 2]}");
        }

        var newTopic = body.NewTopic is { } requested ? NewTopicReading.Read(requested, out error) : null;
        if (error is not null)
        {
            return HttpProblem.BadRequest(error);
        }

        var command = new InboxCommand(body.Action?.Trim() ?? "", body.Ids ?? [], body.Topic?.Trim(), newTopic);
        var outcome = desk.Act(command, engine.Knowledge, ConversationApi.Who(context));
        return outcome.Result switch
        {
            InboxResult.Done => TypedResults.Ok(new { changed = outcome.Changed }),
            InboxResult.NotFound => HttpProblem.NotFound(outcome.Reason!),
            InboxResult.Refused => HttpProblem.Of(StatusCodes.Status422UnprocessableEntity, outcome.Reason!),
            _ => HttpProblem.BadRequest(outcome.Reason!),
        };
    }

    private static InboxQuery? Query(string? status, string? signal, string? language)
    {
        var lang = string.IsNullOrWhiteSpace(language) ? null : language.Trim();
        return InboxNames.TryStatus(status, out var s) && InboxNames.TrySignal(signal, out var sig)
            && (lang is null || (LanguageCodes.TryParse(lang, out var parsed) && parsed.Code() == lang))
            ? new InboxQuery(s, sig, lang)
            : null;
    }

    private static IResult BadQuery() =>
        HttpProblem.BadRequest($"status is pending, done, ignored or all; signal one of {InboxNames.SignalNames}; language ru or kk");
}
