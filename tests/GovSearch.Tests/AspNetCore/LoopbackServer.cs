using GovSearch.AspNetCore;
using GovSearch.Cli.Verbs;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace GovSearch.Tests.AspNetCore;

/// <summary>A real Kestrel server on a free loopback port (port 0) set up as <c>govsearch serve</c> sets it up
/// (<see cref="ServeHost"/>): <c>MapGovSearch</c> and the OpenAPI description at /openapi/v1.json.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    /// <summary>The server's base address, http://127.0.0.1:PORT/.</summary>
    public Uri Address { get; }

    /// <summary>A client for the server.</summary>
    public HttpClient Client { get; }

    /// <summary>The application, to read its endpoints.</summary>
    public WebApplication App => _app;

    public static async Task<LoopbackServer> StartAsync(GovSearchIndex index, GovSearchEndpointOptions? options = null, Action<IServiceCollection>? services = null)
    {
        options ??= GovSearchEndpointOptions.Default;
        var builder = ServeHost.CreateBuilder("http://127.0.0.1:0", options);
        services?.Invoke(builder.Services);
        var app = ServeHost.Map(builder.Build(), index, options);
        await app.StartAsync();
        var address = app.Urls.Single();
        return new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
