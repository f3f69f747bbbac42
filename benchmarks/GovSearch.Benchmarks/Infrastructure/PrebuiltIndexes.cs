using GovSearch;
using GovSearch.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>
/// A GovSearch index and a plain Lucene.Net SmartCn index of the same corpus, built once and kept in the cache
/// folder. The cache key covers the corpus file(s) and both assemblies, so a changed corpus or a changed library
/// gets fresh indexes. The host builds them before BenchmarkDotNet starts and passes the folder on
/// (<see cref="BenchmarkSettings.PrebuiltFolder"/>): benchmark processes run a build of their own, whose key differs.
/// </summary>
internal static class PrebuiltIndexes
{
    private const string ReadyMarker = "ready";

    /// <summary>The two indexes of the current corpus, built now if the cache lacks them.</summary>
    public static PrebuiltIndexPaths Ensure(BenchmarkSettings settings, TextWriter? log = null)
    {
        var folder = settings.PrebuiltFolder ?? Path.Combine(settings.CacheFolder, Key(settings.CorpusPath));
        var paths = new PrebuiltIndexPaths(Path.Combine(folder, "govsearch"), Path.Combine(folder, "lucene"), Path.Combine(folder, "lucene-tuned"));
        if (File.Exists(Path.Combine(folder, ReadyMarker)))
        {
            return paths;
        }

        if (settings.PrebuiltFolder is not null)
        {
            throw new InvalidOperationException($"The prebuilt indexes at '{folder}' are missing or incomplete; unset {BenchmarkSettings.PrebuiltVariable} to rebuild them.");
        }

        var corpus = BenchmarkCorpus.Load(settings.CorpusPath);
        RemoveStale(settings.CacheFolder, folder);
        var building = IndexFolders.NewPath(settings.CacheFolder, "building");
        log?.WriteLine($"// Building the query indexes of {corpus.Path} ({corpus.Documents.Count} documents) in {folder}");
        BuildGovSearch(Path.Combine(building, "govsearch"), corpus);
        BuildLucene(Path.Combine(building, "lucene"), corpus, d => PlainLucene.ToDocument(d, filterFields: true));
        BuildLucene(Path.Combine(building, "lucene-tuned"), corpus, TunedLucene.ToDocument);
        File.WriteAllText(Path.Combine(building, ReadyMarker), corpus.Path);
        try
        {
            System.IO.Directory.Move(building, folder);
        }
        catch (IOException) when (File.Exists(Path.Combine(folder, ReadyMarker)))
        {
            // Another process finished the same indexes first.
            IndexFolders.Delete(building);
        }

        return paths;
    }

    /// <summary>The folder of the current corpus's indexes, built now if the cache lacks them.</summary>
    public static string EnsureFolder(BenchmarkSettings settings, TextWriter? log = null) =>
        Path.GetDirectoryName(Ensure(settings, log).GovSearch)!;

    /// <summary>Deletes the indexes of the same corpus left by earlier builds of the library or corpus file.</summary>
    private static void RemoveStale(string cacheFolder, string current)
    {
        if (!System.IO.Directory.Exists(cacheFolder))
        {
            return;
        }

        var name = Path.GetFileName(current);
        var prefix = name[..(name.LastIndexOf('-') + 1)];
        foreach (var stale in System.IO.Directory.EnumerateDirectories(cacheFolder, prefix + "*"))
        {
            if (!string.Equals(stale, current, StringComparison.Ordinal) && Path.GetFileName(stale).Length == name.Length)
            {
                IndexFolders.Delete(stale);
            }
        }
    }

    private static void BuildGovSearch(string path, BenchmarkCorpus corpus)
    {
        using var index = GovSearchIndex.Create(path, new GovSearchIndexOptions());
        index.AddRangeAsync(corpus.Documents).GetAwaiter().GetResult();
        index.CommitAsync().GetAwaiter().GetResult();

        // Hybrid queries need a topic model; a corpus too small for one (the seeds) is searched lexically only.
        if (corpus.Documents.Count >= 50)
        {
            index.TrainTopicsAsync().GetAwaiter().GetResult();
        }
    }

    private static void BuildLucene(string path, BenchmarkCorpus corpus, Func<GovDocument, Lucene.Net.Documents.Document> map)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(path));
        using var analyzer = PlainLucene.ChineseAnalyzer();
        using var writer = new IndexWriter(directory, PlainLucene.WriterConfig(analyzer));
        foreach (var document in corpus.Documents)
        {
            writer.AddDocument(map(document));
        }

        writer.Commit();
    }

    private static string Key(string corpusPath) => CorpusFingerprint.Of(
        corpusPath,
        typeof(GovSearchIndex).Assembly.ManifestModule.ModuleVersionId.ToString("N") + "|"
        + typeof(PrebuiltIndexes).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
}
