using GovSearch.AspNetCore.Endpoints;
using GovSearch.AspNetCore.Page;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GovSearch.AspNetCore;

/// <summary>Maps GovSearch's HTTP endpoints and search page onto an ASP.NET Core application.</summary>
public static class GovSearchEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps read-only JSON endpoints over <paramref name="index"/>, with the search page at the group's root:
    /// <c>GET api/search</c>, <c>api/documents/{id}</c>, <c>api/documents/{id}/similar</c>, <c>api/topics</c>,
    /// <c>api/trends</c>, <c>api/suggest</c>, and <c>GET /</c> (the page). They take the options of <c>govsearch search</c>
    /// as query parameters and answer the records of its <c>--json</c>; errors are RFC 9457 problem details (400 bad
    /// parameter or query, 404 unknown id, 409 no topic model, 503 timeout). Write endpoints exist only with
    /// <see cref="GovSearchEndpointOptions.AllowWrites"/>. No CORS policy is added. Map it under a prefix with
    /// <c>app.MapGroup("/search").MapGovSearch(index)</c>; the page uses relative links.
    /// </summary>
    /// <param name="endpoints">The application or a route group.</param>
    /// <param name="index">The index to serve; the caller owns it and disposes it after the application stops.</param>
    /// <param name="options">Limits and switches. Default: <see cref="GovSearchEndpointOptions.Default"/>.</param>
    /// <returns>The route group holding the endpoints, to add metadata or filters to.</returns>
    /// <exception cref="ArgumentException">An option is out of range, or writes are allowed on a read-only index.</exception>
    public static RouteGroupBuilder MapGovSearch(this IEndpointRouteBuilder endpoints, GovSearchIndex index, GovSearchEndpointOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(index);
        options ??= GovSearchEndpointOptions.Default;
        options.Validate();
        if (options.AllowWrites && index.IsReadOnly)
        {
            throw new ArgumentException("GovSearchEndpointOptions.AllowWrites needs an index opened for writing; this one is read-only.", nameof(options));
        }

        var clock = endpoints.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
        var group = endpoints.MapGroup("/");
        group.AddEndpointFilter(new GuardFilter(options.RequestTimeout, clock));
        var served = new ServedIndex(index, options);
        ReadEndpoints.Map(group, served);
        if (options.AllowWrites)
        {
            WriteEndpoints.Map(group, served);
        }

        if (options.IncludePage)
        {
            PageEndpoints.Map(group);
        }

        return group;
    }
}
