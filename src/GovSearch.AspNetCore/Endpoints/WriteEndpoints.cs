using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace GovSearch.AspNetCore.Endpoints;

/// <summary>
/// The write endpoints, mapped only with <see cref="GovSearchEndpointOptions.AllowWrites"/>: <c>PUT api/documents</c>
/// (a JSON array of documents, each added or replaced) and <c>DELETE api/documents/{id}</c>. Each request needs the
/// API key in <c>X-Api-Key</c> and commits before it answers.
/// </summary>
internal static class WriteEndpoints
{
    public const string KeyHeader = "X-Api-Key";

    public static void Map(RouteGroupBuilder group, ServedIndex served)
    {
        var api = group.MapGroup("/api").WithTags("GovSearch writes");
        api.MapPut("/documents", ReadEndpoints.Handler(http => PutAsync(http, served)))
            .WithName("put-documents")
            .WithSummary("Adds or replaces documents (a JSON array of documents as govsearch index reads them, in camelCase), then commits. Needs X-Api-Key.")
            .Accepts<IReadOnlyList<GovDocument>>("application/json")
            .Produces<WriteResult>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapDelete("/documents/{id}", ReadEndpoints.Handler((string id, HttpContext http) => DeleteAsync(id, http, served)))
            .WithName("delete-document")
            .WithSummary("Deletes one document, then commits. Needs X-Api-Key.")
            .Produces<WriteResult>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> PutAsync(HttpContext http, ServedIndex served)
    {
        if (!Authorized(http, served.Options))
        {
            return Problems.Unauthorized();
        }

        var limit = served.Options.MaximumRequestBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            // The unread body cannot be drained past the limit: close the connection so no client reuses it.
            http.Response.Headers.Connection = "close";
            return Problems.TooLarge(limit);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        List<GovDocument>? documents;
        try
        {
            documents = await JsonSerializer.DeserializeAsync<List<GovDocument>>(http.Request.Body, ApiJson.Options, http.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            http.Response.Headers.Connection = "close";
            return Problems.TooLarge(limit);
        }
        catch (JsonException e)
        {
            return Problems.BadRequest($"The body must be a JSON array of documents ({{\"id\": …, \"title\": …, \"text\": …}}); {e.Message}");
        }

        if (documents is null || documents.Any(d => d is null))
        {
            return Problems.BadRequest("The body must be a JSON array of documents, without nulls.");
        }

        try
        {
            var written = await served.Index.UpdateRangeAsync(documents, http.RequestAborted).ConfigureAwait(false);
            await served.Index.CommitAsync(http.RequestAborted).ConfigureAwait(false);
            return Results.Json(new WriteResult(written, served.Index.DocumentCount), ApiJson.Options);
        }
        catch (Exception e) when (e is InvalidDocumentException or DuplicateDocumentException)
        {
            return Problems.BadRequest(e.Message + " Nothing of this request was written.");
        }
        catch (IndexWriteException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status500InternalServerError, title: "Writing the index failed");
        }
    }

    private static async Task<IResult> DeleteAsync(string id, HttpContext http, ServedIndex served)
    {
        if (!Authorized(http, served.Options))
        {
            return Problems.Unauthorized();
        }

        if (!await served.Index.DeleteAsync(id, http.RequestAborted).ConfigureAwait(false))
        {
            return Problems.NotFound(id);
        }

        await served.Index.CommitAsync(http.RequestAborted).ConfigureAwait(false);
        return Results.Json(new WriteResult(1, served.Index.DocumentCount), ApiJson.Options);
    }

    /// <summary>Whether the request carries the API key, compared in constant time.</summary>
    private static bool Authorized(HttpContext http, GovSearchEndpointOptions options)
    {
        var sent = http.Request.Headers[KeyHeader];
        return sent.Count == 1 && sent[0] is { } key && options.ApiKey is { } expected
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(expected));
    }
}
