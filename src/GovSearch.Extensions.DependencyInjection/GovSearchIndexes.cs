using GovSearch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovSearch.Extensions.DependencyInjection;

/// <summary>The indexes of a service provider: one per folder and access (read-write or read-only), opened on first use
/// and closed when the provider (the host) is disposed.</summary>
internal sealed class GovSearchIndexes(IOptionsMonitor<GovSearchOptions> options, IServiceProvider services) : IAsyncDisposable, IDisposable
{
    private readonly ILoggerFactory? _loggerFactory = services.GetService<ILoggerFactory>();
    private readonly string? _contentRoot = services.GetService<IHostEnvironment>()?.ContentRootPath;

    private readonly Dictionary<(string Path, bool ReadOnly), GovSearchIndex> _open = [];
    private readonly Lock _gate = new();
    private bool _disposed;

    /// <summary>The index registered under a name, opened now if it is not open yet.</summary>
    /// <exception cref="ArgumentException">Its options are missing or out of range.</exception>
    public GovSearchIndex Get(string name)
    {
        var settings = options.Get(name);
        settings.Validate();
        var key = (System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(settings.Path!, _contentRoot ?? Environment.CurrentDirectory)), settings.ReadOnly);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_open.TryGetValue(key, out var index))
            {
                return index;
            }

            var indexOptions = new GovSearchIndexOptions
            {
                ReadOnly = settings.ReadOnly,
                LoggerFactory = _loggerFactory,
                SlowQueryThreshold = settings.SlowQueryThreshold,
            };
            index = settings.CreateIfMissing ? GovSearchIndex.OpenOrCreate(key.Item1, indexOptions) : GovSearchIndex.Open(key.Item1, indexOptions);
            _open.Add(key, index);
            return index;
        }
    }

    /// <summary>Closes every index, after any batch or commit under way.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var index in Take())
        {
            await index.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Closes every index.</summary>
    public void Dispose()
    {
        foreach (var index in Take())
        {
            index.Dispose();
        }
    }

    private List<GovSearchIndex> Take()
    {
        lock (_gate)
        {
            _disposed = true;
            var open = _open.Values.ToList();
            _open.Clear();
            return open;
        }
    }
}
