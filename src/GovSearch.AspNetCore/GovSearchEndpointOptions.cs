namespace GovSearch.AspNetCore;

/// <summary>
/// Limits and switches of the endpoints <see cref="GovSearchEndpointRouteBuilderExtensions.MapGovSearch"/> maps. The
/// defaults are safe for a service anyone on the machine can reach: read-only, small pages, short queries, a timeout.
/// </summary>
public sealed record GovSearchEndpointOptions
{
    /// <summary>The default options.</summary>
    public static GovSearchEndpointOptions Default { get; } = new();

    /// <summary>The longest query (the <c>q</c> parameter), in UTF-16 characters: 1 to 100,000. Default: 1,000.
    /// A longer one is answered 400 before anything is searched.</summary>
    public int MaximumQueryLength { get; init; } = 1000;

    /// <summary>The largest <c>limit</c> a request may ask for: 1 to 1,000. Default: 100.</summary>
    public int MaximumLimit { get; init; } = 100;

    /// <summary>The deepest <c>offset</c> a request may page to: 0 to 100,000. Default: 10,000.</summary>
    public int MaximumOffset { get; init; } = 10_000;

    /// <summary>The largest request body, in bytes, that the write endpoint reads: 1 to 1,073,741,824 (1 GiB).
    /// Default: 1,048,576 (1 MiB). A larger body is answered 413.</summary>
    public long MaximumRequestBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>How long one request may search before it is cancelled and answered 503: more than zero, at most ten
    /// minutes. Default: 10 seconds. The timer comes from the application's <see cref="TimeProvider"/> service, if
    /// one is registered.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether the write endpoints (<c>PUT /api/documents</c>, <c>DELETE /api/documents/{id}</c>) exist.
    /// Default: <see langword="false"/>: no write endpoint is mapped at all. Needs <see cref="ApiKey"/> and an index
    /// opened for writing.</summary>
    public bool AllowWrites { get; init; }

    /// <summary>The key a write request must send in the <c>X-Api-Key</c> header: at least 16 characters, required with
    /// <see cref="AllowWrites"/>. Default: <see langword="null"/>. Compared in constant time.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Whether the search page (<c>GET /</c>, with its script and style sheet) is served. Default: <see langword="true"/>.</summary>
    public bool IncludePage { get; init; } = true;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it and the allowed range.</exception>
    public void Validate()
    {
        Check(MaximumQueryLength is >= 1 and <= 100_000, nameof(MaximumQueryLength), MaximumQueryLength, "between 1 and 100,000");
        Check(MaximumLimit is >= 1 and <= 1000, nameof(MaximumLimit), MaximumLimit, "between 1 and 1,000");
        Check(MaximumOffset is >= 0 and <= 100_000, nameof(MaximumOffset), MaximumOffset, "between 0 and 100,000");
        Check(MaximumRequestBodyBytes is >= 1 and <= 1L << 30, nameof(MaximumRequestBodyBytes), MaximumRequestBodyBytes, "between 1 and 1,073,741,824");
        Check(RequestTimeout > TimeSpan.Zero && RequestTimeout <= TimeSpan.FromMinutes(10), nameof(RequestTimeout), RequestTimeout, "more than zero and at most 10 minutes");
        Check(!AllowWrites || ApiKey is { Length: >= 16 }, nameof(ApiKey), ApiKey is null ? null : "a shorter key",
            "a key of at least 16 characters when AllowWrites is true");
    }

    private static void Check(bool ok, string name, object? value, string allowed)
    {
        if (!ok)
        {
            throw new ArgumentException($"GovSearchEndpointOptions.{name} is {value ?? "null"}; it must be {allowed}.", name);
        }
    }
}
