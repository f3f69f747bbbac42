using Microsoft.AspNetCore.Http;

namespace GovSearch.AspNetCore.Endpoints;

/// <summary>
/// Runs every endpoint under the request timeout and turns the library's errors into problem details. The request's
/// <see cref="HttpContext.RequestAborted"/> is replaced, for the endpoint's run, by a token that is also cancelled
/// when the timeout passes, so the search itself stops (handlers pass that token on).
/// </summary>
internal sealed class GuardFilter(TimeSpan timeout, TimeProvider clock) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var aborted = http.RequestAborted;
        using var timer = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, timer.Token);
        http.RequestAborted = linked.Token;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            return Problems.Timeout(timeout);
        }
        catch (QueryException e)
        {
            return Problems.BadRequest(e.Message);
        }
        catch (TopicModelMissingException e)
        {
            // Hybrid search, a topic filter, topics, trends or similar documents on an index without a usable model.
            return Problems.NoTopics(e.Message);
        }
        catch (ArgumentException e)
        {
            return Problems.BadRequest(e.Message);
        }
        finally
        {
            http.RequestAborted = aborted;
        }
    }
}
