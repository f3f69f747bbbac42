using GovSearch.Indexing;

namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>
/// A GovSearch index of the corpus without a topic model, for the suggestion benchmark: built once per corpus and
/// library build in the cache folder (a few tens of seconds for docs.jsonl, against minutes for the query benchmark's
/// indexes, which train topics), and shared by the benchmark processes.
/// </summary>
internal static class SuggestIndex
{
    private const string ReadyMarker = "ready";

    /// <summary>The index folder, built now if the cache lacks it.</summary>
    public static string Ensure(BenchmarkSettings settings, BenchmarkCorpus corpus)
    {
        var folder = Path.Combine(settings.CacheFolder, "suggest-" + CorpusFingerprint.Of(
            settings.CorpusPath, typeof(GovSearchIndex).Assembly.ManifestModule.ModuleVersionId.ToString("N")));
        var index = Path.Combine(folder, "govsearch");
        if (File.Exists(Path.Combine(folder, ReadyMarker)))
        {
            return index;
        }

        var building = IndexFolders.NewPath(settings.CacheFolder, "building");
        using (var created = GovSearchIndex.Create(Path.Combine(building, "govsearch")))
        {
            created.AddRangeAsync(corpus.Documents).GetAwaiter().GetResult();
            created.CommitAsync().GetAwaiter().GetResult();
        }

        File.WriteAllText(Path.Combine(building, ReadyMarker), corpus.Path);
        try
        {
            Directory.Move(building, folder);
        }
        catch (IOException) when (File.Exists(Path.Combine(folder, ReadyMarker)))
        {
            // Another benchmark process finished the same index first.
            IndexFolders.Delete(building);
        }

        return index;
    }
}
