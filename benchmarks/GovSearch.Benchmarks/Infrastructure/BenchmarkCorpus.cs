using System.Collections.Concurrent;
using System.Text;
using GovSearch.Documents;

namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>The documents of a corpus, loaded once per process and kept in memory.</summary>
public sealed class BenchmarkCorpus
{
    private static readonly ConcurrentDictionary<string, Lazy<BenchmarkCorpus>> Loaded = new(StringComparer.Ordinal);

    private BenchmarkCorpus(string path, IReadOnlyList<GovDocument> documents, int skipped)
    {
        Path = path;
        Documents = documents;
        Skipped = skipped;
        Utf8Bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Title) + Encoding.UTF8.GetByteCount(d.Text));
    }

    /// <summary>The corpus path.</summary>
    public string Path { get; }

    /// <summary>The documents in file order.</summary>
    public IReadOnlyList<GovDocument> Documents { get; }

    /// <summary>The records the loader skipped as bad.</summary>
    public int Skipped { get; }

    /// <summary>The UTF-8 size of every title and text: the input that indexing throughput is measured on.</summary>
    public long Utf8Bytes { get; }

    /// <summary>The corpus of the current settings.</summary>
    public static BenchmarkCorpus Current => Load(BenchmarkSettings.Current.CorpusPath);

    /// <summary>Loads a corpus, or returns the copy this process already loaded.</summary>
    /// <exception cref="InvalidOperationException">The corpus holds no document.</exception>
    public static BenchmarkCorpus Load(string path) =>
        Loaded.GetOrAdd(System.IO.Path.GetFullPath(path), full => new Lazy<BenchmarkCorpus>(() => Read(full))).Value;

    private static BenchmarkCorpus Read(string path)
    {
        var loader = new DocumentLoader();
        var documents = new List<GovDocument>();
        var enumerator = loader.LoadAsync(path).GetAsyncEnumerator();
        try
        {
            while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                documents.Add(enumerator.Current);
            }
        }
        finally
        {
            enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        if (documents.Count == 0)
        {
            throw new InvalidOperationException($"The corpus '{path}' holds no document the loader accepts ({loader.Problems.Count} skipped).");
        }

        return new BenchmarkCorpus(path, documents, loader.Problems.Count);
    }
}
