using System.Diagnostics;
using System.Globalization;
using System.Net;
using GovSearch.AspNetCore;
using GovSearch.Benchmarks.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace GovSearch.Benchmarks.Serving;

/// <summary>
/// A bounded load test of the HTTP endpoints: a real Kestrel server on a loopback port serving the index with
/// <c>MapGovSearch</c>'s defaults, and <see cref="ServeLoadRun.Clients"/> concurrent clients sending
/// <see cref="ServeLoadRun.Requests"/> <c>GET api/search</c> requests over the fixed query set
/// (<see cref="QueryCases.All"/>, taken in turn), each answer read whole. Then the same queries with the same options
/// and concurrency, called in-process on the same index. Reports throughput, P50 and P99 of single requests, errors,
/// and the HTTP/in-process ratios. Not a timed test: a command (see benchmarks/README.md).
/// </summary>
public static class ServeLoad
{
    /// <summary>The search options <c>GET api/search?q=…</c> uses by default (those of <c>govsearch search --json</c>).</summary>
    private static readonly SearchOptions Options = new() { Limit = 10, PassagesPerHit = 3, EscapeHtml = true };

    /// <summary><c>serve-load --index DIR [--requests 10000] [--clients 8]</c>.</summary>
    public static async Task<int> MainAsync(IReadOnlyList<string> args)
    {
        string? path = null;
        int requests = 10_000, clients = 8;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--index" when i + 1 < args.Count:
                    path = args[++i];
                    break;
                case "--requests" when i + 1 < args.Count && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var r) && r > 0:
                    requests = r;
                    i++;
                    break;
                case "--clients" when i + 1 < args.Count && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var c) && c is > 0 and <= 256:
                    clients = c;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"serve-load: unknown or incomplete option '{args[i]}'. Usage: serve-load --index DIR [--requests N] [--clients 1-256]");
                    return 2;
            }
        }

        if (path is null)
        {
            Console.Error.WriteLine("serve-load: --index DIR is required (an index built with govsearch index, such as one of docs.jsonl).");
            return 2;
        }

        using var index = GovSearchIndex.Open(path, new GovSearchIndexOptions { ReadOnly = true });
        var (http, local) = await RunAsync(index, requests, clients, Console.Out).ConfigureAwait(false);
        return http.Errors + local.Errors == 0 ? 0 : 1;
    }

    /// <summary>Runs both phases and writes the report.</summary>
    public static async Task<(ServeLoadRun Http, ServeLoadRun InProcess)> RunAsync(GovSearchIndex index, int requests, int clients, TextWriter report)
    {
        var queries = QueryCases.All;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapGovSearch(index);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Urls.Single();

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(address.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(30) };
        var urls = queries.Select(q => "api/search?q=" + Uri.EscapeDataString(q.Text)).ToArray();

        async Task<bool> Http(int i)
        {
            using var response = await client.GetAsync(urls[i % urls.Length]).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            return response.StatusCode == HttpStatusCode.OK && body.Length > 0;
        }

        async Task<bool> InProcess(int i)
        {
            var results = await index.SearchAsync(queries[i % queries.Count].Text, Options).ConfigureAwait(false);
            return results.Query.Length > 0;
        }

        var warmup = Math.Min(requests, 500);
        await ServeLoadRun.MeasureAsync("warm-up", Http, warmup, clients).ConfigureAwait(false);
        await ServeLoadRun.MeasureAsync("warm-up", InProcess, warmup, clients).ConfigureAwait(false);
        var http = await ServeLoadRun.MeasureAsync("HTTP (Kestrel, loopback)", Http, requests, clients).ConfigureAwait(false);
        var local = await ServeLoadRun.MeasureAsync("in-process SearchAsync", InProcess, requests, clients).ConfigureAwait(false);
        await app.StopAsync().ConfigureAwait(false);

        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// serve-load: {requests:N0} requests, {clients} concurrent clients, {queries.Count} queries in turn, {index.DocumentCount:N0} documents, {Environment.ProcessorCount} cores"));
        report.WriteLine("| run | requests | seconds | requests/s | P50 ms | P99 ms | errors |");
        report.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        report.WriteLine(http.ToMarkdownRow());
        report.WriteLine(local.ToMarkdownRow());
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| HTTP / in-process | | | {http.Throughput / local.Throughput:0.00}× | {http.P50Milliseconds / local.P50Milliseconds:0.00}× | {http.P99Milliseconds / local.P99Milliseconds:0.00}× | |"));
        return (http, local);
    }
}
