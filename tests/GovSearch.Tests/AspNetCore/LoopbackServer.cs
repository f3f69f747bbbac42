using GovSearch.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovSearch.Tests.AspNetCore;

/// <summary>A real Kestrel server on a free loopback port (port 0) serving an index through <c>MapGovSearch</c>, as an
/// application would set it up, with the OpenAPI description at /openapi/v1.json.</summary>
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
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddOpenApi();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapOpenApi();
        app.MapGovSearch(index, options);
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
