using ChatBot.Web.Api;
using ChatBot.Web.Widget;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Web;

public static class WebChatEndpoints
{
    /// <summary>Every path of the chat API starts here.</summary>
    public const string ApiRoot = "/api/chat";

    /// <summary>Serves the chat API's document only; the host's other documents have routes of their own.</summary>
    public const string OpenApiRoute = ApiRoot + "/openapi/{documentName:regex(^chat$)}.json";

    /// <summary>The chat API, its OpenAPI description (/api/chat/openapi/chat.json), /widget.js and the demo page at /.</summary>
    public static WebApplication MapWebChat(this WebApplication app)
    {
        // Build the widget now: a text missing from texts.yaml stops start-up instead of the first page load.
        var assets = app.Services.GetRequiredService<WidgetAssets>();
        app.UseCors();
        app.MapChatApi();
        app.MapOpenApi(OpenApiRoute);
        app.MapGet("/widget.js", (HttpContext context) => assets.Script.Serve(context)).ExcludeFromDescription();
        app.MapGet("/", (HttpContext context) => assets.DemoPage.Serve(context)).ExcludeFromDescription();
        return app;
    }
}
