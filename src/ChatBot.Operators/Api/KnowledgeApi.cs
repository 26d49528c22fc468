using ChatBot.Core.Editing;
using ChatBot.Core.Messages;
using ChatBot.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatBot.Operators.Api;

/// <summary>
/// The editors' API under <c>/api/operator/knowledge</c>: topics (search, due for review, one), changes (save a topic,
/// add or remove a phrasing, an out-of-scope example), the history with revert, and the model's status with the
/// confirmation of a held model. Editors and admins only; docs/editors.md.
/// </summary>
internal static class KnowledgeApi
{
    public static void MapKnowledge(this RouteGroupBuilder api)
    {
        var knowledge = api.MapGroup("/knowledge").WithTags("Knowledge").RequireAuthorization(OperatorServices.EditorPolicy);
        knowledge.MapGet("/topics", Topics)
            .WithSummary("FAQ topics whose title or a phrasing has every word of ?q= (either language), or with ?due=true those due for review.");
        knowledge.MapGet("/topics/{id}", Topic).WithSummary("One topic as it is edited: answers, links, dates, phrasings.");
        knowledge.MapGet("/history", History).WithSummary("Changes newest first, of one ?topic= or all, each with the topic before and after as YAML.");
        knowledge.MapGet("/model", Model).WithSummary("The model in service, a training under way, a model held by the gate, the last error.");
        var change = knowledge.MapGroup("").RequireXsrf();
        change.MapPut("/topics/{id}", Save)
            .WithSummary("Saves the topic (a new id makes a new topic) after the same validation as `chatbot check`; retrains in the background.")
            .DescribeJsonBody<TopicBody>(required: true);
        change.MapPost("/topics/{id}/phrasings", AddPhrasing)
            .WithSummary("Adds a phrasing in ru or kk (and the question to the regression set); retrains in the background.")
            .DescribeJsonBody<PhrasingRequest>(required: true);
        change.MapPost("/topics/{id}/phrasings/remove", RemovePhrasing).WithSummary("Removes a phrasing.")
            .DescribeJsonBody<PhrasingRequest>(required: true);
        change.MapPost("/out-of-scope", AddOutOfScope).WithSummary("Adds a negative example: a question the bot should not answer.")
            .DescribeJsonBody<PhrasingRequest>(required: true);
        change.MapPost("/history/{changeId:long}/revert", Revert).WithSummary("Puts the topic back as it was before the change.");
        change.MapPost("/model/confirm", Confirm).WithSummary("Swaps in the model the gate held; 409 when none is held.");
    }

    /// <param name="q">Words of a title or phrasing, either language.</param>
    /// <param name="due">Only the topics due for review.</param>
    private static IResult Topics(string? q, bool? due, KnowledgeEditor editor, TimeProvider time)
    {
        var today = Today(time);
        var (knowledge, version) = editor.Current;
        var topics = due == true ? ReviewDates.Due(knowledge, today) : TopicSearch.Find(knowledge, q);
        return TypedResults.Ok(new { version, topics = topics.Select(t => TopicBodies.Summary(t, today)) });
    }

    private static IResult Topic(string id, KnowledgeEditor editor, TimeProvider time) =>
        editor.Current.Knowledge.Find(id) is { IsSystem: false } topic
            ? TypedResults.Ok(TopicBodies.View(topic, Today(time)))
            : HttpProblem.NotFound($"there is no topic '{id}'");

    private static async Task<IResult> Save(string id, HttpContext context, KnowledgeEditor editor)
    {
        var (body, error) = await JsonBody.ReadAsync<TopicBody>(context.Request, optional: false);
        if (body is null)
        {
            return HttpProblem.BadRequest(error!);
        }

        var (topic, invalid) = TopicBodies.Read(id, body, editor.Current.Knowledge.Find(id));
        return topic is null ? HttpProblem.BadRequest(invalid!) : Saved(editor.SaveTopic(topic, Who(context)));
    }

    private static Task<IResult> AddPhrasing(string id, HttpContext context, KnowledgeEditor editor) =>
        WithPhrasing(context, (language, text) => editor.AddPhrasing(id, language, text, Who(context)));

    private static Task<IResult> RemovePhrasing(string id, HttpContext context, KnowledgeEditor editor) =>
        WithPhrasing(context, (language, text) => editor.RemovePhrasing(id, language, text, Who(context)));

    private static Task<IResult> AddOutOfScope(HttpContext context, KnowledgeEditor editor) =>
        WithPhrasing(context, (language, text) => editor.AddOutOfScope(language, text, Who(context)));

    private static IResult History(string? topic, int? limit, ILiveKnowledgeStore store) =>
        TypedResults.Ok(store.Changes(topic, Math.Clamp(limit ?? 50, 1, 500)).Select(c => new
        {
            id = c.Id,
            version = c.Version,
            at = c.At,
            author = c.Author,
            kind = c.Kind,
            topic = c.IntentId,
            summary = c.Summary,
            reverts = c.Reverts,
            before = c.Before,
            after = c.After,
        }));

    private static IResult Revert(long changeId, HttpContext context, KnowledgeEditor editor) =>
        Saved(editor.Revert(changeId, Who(context)));

    private static IResult Model(LiveRetraining retraining)
    {
        var status = retraining.Status;
        return TypedResults.Ok(new
        {
            current = status.Current,
            training = status.Training,
            held = status.Held is { } held ? new { status = held.Model.Status, before = held.Before, reason = held.Reason } : null,
            lastError = status.LastError,
            margin = retraining.Margin,
        });
    }

    private static IResult Confirm(LiveRetraining retraining) =>
        retraining.Confirm() ? TypedResults.Ok(new { current = retraining.Status.Current }) : HttpProblem.Conflict("no model is waiting for a confirmation");

    private static async Task<IResult> WithPhrasing(HttpContext context, Func<Language, string, KnowledgeEditResult> change)
    {
        var (body, error) = await JsonBody.ReadAsync<PhrasingRequest>(context.Request, optional: false);
        if (body is null)
        {
            return HttpProblem.BadRequest(error!);
        }

        if (body.Language is not ("ru" or "kk") || !LanguageCodes.TryParse(body.Language, out var language))
        {
            return HttpProblem.BadRequest("'language' must be 'ru' or 'kk'");
        }

        return string.IsNullOrWhiteSpace(body.Text) ? HttpProblem.BadRequest("'text' must be a non-empty text") : Saved(change(language, body.Text));
    }

    private static IResult Saved(KnowledgeEditResult result) =>
        result.Saved ? TypedResults.Ok(new { version = result.Version }) : HttpProblem.BadRequest(result.Refusal!);

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static string Who(HttpContext context) => context.User.Identity!.Name!;
}
