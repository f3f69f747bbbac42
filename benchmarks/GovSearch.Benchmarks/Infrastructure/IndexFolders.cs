namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>Sizes and clean-up of index folders.</summary>
internal static class IndexFolders
{
    /// <summary>The total size of the files under a folder, in bytes; 0 when it does not exist.</summary>
    public static long Size(string folder) =>
        Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;

    /// <summary>The total size of the files directly in a folder (a Lucene index's own files, without subfolders such
    /// as a topic model), in bytes; 0 when it does not exist.</summary>
    public static long LuceneFilesSize(string folder) =>
        Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.TopDirectoryOnly).Sum(f => f.Length) : 0;

    /// <summary>A new folder path under <paramref name="parent"/> that does not exist yet.</summary>
    public static string NewPath(string parent, string prefix)
    {
        Directory.CreateDirectory(parent);
        return Path.Combine(parent, $"{prefix}-{Guid.NewGuid():N}");
    }

    /// <summary>Deletes a folder if it is there.</summary>
    public static void Delete(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
