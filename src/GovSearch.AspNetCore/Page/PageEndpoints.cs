using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovSearch.AspNetCore.Page;

/// <summary>
/// The search page: <c>GET /</c> (HTML), <c>page/app.js</c> and <c>page/app.css</c>, embedded in the assembly. Every
/// answer carries a Content-Security-Policy that allows only the page's own script and style sheet, so text that
/// slipped into the page as markup still could not run.
/// </summary>
internal static class PageEndpoints
{
    /// <summary>Only the page's own files; no inline script, no plug-ins, no framing, no other origins.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void Map(RouteGroupBuilder group)
    {
        var page = group.MapGroup("/").ExcludeFromDescription();
        var html = new PageFile(Read("index.html"), "text/html; charset=utf-8");
        var script = new PageFile(Read("app.js"), "text/javascript; charset=utf-8");
        var style = new PageFile(Read("app.css"), "text/css; charset=utf-8");
        page.MapGet("/", () => html);
        page.MapGet("/page/app.js", () => script);
        page.MapGet("/page/app.css", () => style);
    }

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("GovSearch.AspNetCore.Page." + name)
            ?? throw new InvalidOperationException($"The page resource {name} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A page file with the security headers.</summary>
    private sealed class PageFile(byte[] content, string contentType) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var headers = httpContext.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-cache";
            return Results.Bytes(content, contentType).ExecuteAsync(httpContext);
        }
    }
}
