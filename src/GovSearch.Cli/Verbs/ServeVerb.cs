using System.CommandLine;
using System.Globalization;
using System.Net;
using GovSearch.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovSearch.Cli.Verbs;

/// <summary>
/// <c>govsearch serve</c>: the index's JSON endpoints, OpenAPI description (<c>/openapi/v1.json</c>) and search page,
/// on loopback by default, read-only unless <c>--allow-writes</c> is given with an API key.
/// </summary>
internal static class ServeVerb
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public const string ApiKeyVariable = "GOVSEARCH_API_KEY";

    public static Command Create(CliConsole console)
    {
        var index = CommonOptions.Index();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, as ASP.NET Core's --urls (several separated by ';'). Port 0 picks a free port.",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var allowWrites = new Option<bool>("--allow-writes")
        {
            Description = $"Also map PUT /api/documents and DELETE /api/documents/{{id}}, which need the API key of ${ApiKeyVariable} (16 characters or more) in an X-Api-Key header.",
        };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds a request may search before it is stopped and answered 503 (1-600).",
            DefaultValueFactory = _ => 10,
        };
        var synonyms = new Option<string[]>("--synonyms")
        {
            Description = "Your own synonyms (Solr format: 'a, b, c' or 'a, b => c'), searched as weighted alternatives; read again whenever the file changes. Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("serve", "Serve the index over HTTP: JSON endpoints, an OpenAPI description and a search page.") { index, urls, allowWrites, timeout, synonyms };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var seconds = parse.GetValue(timeout);
            if (seconds is < 1 or > 600)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"--timeout must be between 1 and 600 (it was {seconds})."));
            }

            var writes = parse.GetValue(allowWrites);
            var key = Environment.GetEnvironmentVariable(ApiKeyVariable);
            if (writes && key is not { Length: >= 16 })
            {
                throw new ArgumentException($"--allow-writes needs an API key of at least 16 characters in the {ApiKeyVariable} environment variable.");
            }

            var options = new GovSearchEndpointOptions { AllowWrites = writes, ApiKey = writes ? key : null, RequestTimeout = TimeSpan.FromSeconds(seconds) };
            var explicitIndex = CommonOptions.ExplicitIndex(parse.GetValue(index));
            if (writes && explicitIndex is null)
            {
                throw new ArgumentException("--allow-writes needs --index (or $GOVSEARCH_INDEX): the bundled sample index is not written to.");
            }

            var synonymFiles = parse.GetValue(synonyms) ?? [];
            using var opened = writes
                ? GovSearchIndex.Open(explicitIndex!, new GovSearchIndexOptions { SynonymFiles = synonymFiles })
                : await CommonOptions.OpenForReadingAsync(parse.GetValue(index), cancellationToken, synonymFiles: synonymFiles).ConfigureAwait(false);
            using var watcher = synonymFiles.Length > 0 ? new SynonymWatcher(opened, synonymFiles, console.Error) : null;
            await RunAsync(console, opened, parse.GetValue(urls)!, options, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task RunAsync(CliConsole console, GovSearchIndex index, string urls, GovSearchEndpointOptions options, CancellationToken cancellationToken)
    {
        await using var app = ServeHost.Map(ServeHost.CreateBuilder(urls, options).Build(), index, options);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new ArgumentException($"--urls {urls} cannot be listened on: {e.Message}", e);
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses.Where(a => !IsLoopback(a)))
        {
            console.Error.WriteLine($"govsearch: warning: {address} is reachable from other machines; anyone who can reach it can search this index.");
        }

        var mode = options.AllowWrites ? "read-write, writes need X-Api-Key" : "read-only";
        console.Error.WriteLine($"govsearch: serving {index.Path ?? "the sample index"} at {string.Join(", ", addresses)} ({mode}); stop with Ctrl+C.");
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
    }

    private static bool IsLoopback(string address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
