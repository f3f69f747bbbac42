using Microsoft.AspNetCore.Http;

namespace GovSearch.AspNetCore.Endpoints;

/// <summary>The error answers: RFC 9457 problem details whose <c>detail</c> is one sentence a user can act on.</summary>
internal static class Problems
{
    public static IResult BadRequest(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static IResult NotFound(string id) =>
        Results.Problem($"No document with id '{id}' is in the index.", statusCode: StatusCodes.Status404NotFound, title: "Unknown id");

    public static IResult NoTopics(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "No topic model");

    public static IResult Timeout(TimeSpan limit) => Results.Problem(
        $"The request took longer than {limit.TotalSeconds:0.###} seconds and was stopped; narrow the query or its filters.",
        statusCode: StatusCodes.Status503ServiceUnavailable, title: "Timeout");

    public static IResult TooLarge(long limit) => Results.Problem(
        $"The request body is larger than {limit:N0} bytes; send fewer documents per request.",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large");

    public static IResult Unauthorized() => Results.Problem(
        "Write requests need the server's API key in the X-Api-Key header.", statusCode: StatusCodes.Status401Unauthorized, title: "API key required");
}
