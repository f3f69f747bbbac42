namespace GovSearch.Cli;

/// <summary>
/// <c>serve --synonyms</c>: watches the synonym files and reads them again (<see cref="GovSearchIndex.ReloadSynonyms"/>)
/// a moment after one changes, is replaced (editors save by renaming) or reappears. A file that is missing or malformed
/// after the change leaves the synonyms in force as they were, with a warning on standard error naming file and line.
/// </summary>
internal sealed class SynonymWatcher : IDisposable
{
    /// <summary>How long to wait after the last change before reading: editors write a file in several steps.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    private readonly GovSearchIndex _index;
    private readonly TextWriter _log;
    private readonly HashSet<string> _paths;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    public SynonymWatcher(GovSearchIndex index, IReadOnlyList<string> files, TextWriter log)
    {
        _index = index;
        _log = log;
        _paths = files.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        _timer = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in _paths.Select(p => Path.GetDirectoryName(p)!).Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            watcher.Changed += OnEvent;
            watcher.Created += OnEvent;
            watcher.Renamed += OnEvent;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (_paths.Contains(Path.GetFullPath(e.FullPath)))
        {
            _timer.Change(Settle, Timeout.InfiniteTimeSpan);
        }
    }

    private void Reload()
    {
        try
        {
            var rules = _index.ReloadSynonyms();
            _log.WriteLine($"govsearch: synonyms read again: {Plural.Of(rules, "rule")} from {string.Join(", ", _index.SynonymFiles)}.");
        }
        catch (DictionaryFileException e)
        {
            _log.WriteLine($"govsearch: warning: the synonyms were not read again, the previous ones stay in force: {e.Message}");
        }
        catch (ObjectDisposedException)
        {
            // The server is stopping.
        }
    }
}
