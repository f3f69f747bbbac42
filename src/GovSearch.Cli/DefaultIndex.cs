using System.Security.Cryptography;
using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Storage;

namespace GovSearch.Cli;

/// <summary>
/// The index the tool uses when no --index is given: built from the bundled seeds/ folder on first use, in a per-user
/// cache folder named after a hash of the seeds and of the GovSearch library build, so it is rebuilt when the seeds
/// change or when a new GovSearch (which may write another index schema) is installed.
/// </summary>
/// <remarks>The cache folder is $GOVSEARCH_CACHE, else the user's local application data folder + "/govsearch".</remarks>
internal static class DefaultIndex
{
    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string CacheRoot => UserCacheFolder.Path
        ?? throw new DirectoryNotFoundException($"There is no per-user folder for the default index; set {UserCacheFolder.VariableName} to a folder, or give --index DIR.");

    /// <summary>Returns the folder of the default index, building it first if needed.</summary>
    public static async Task<string> EnsureAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(SeedsFolder))
        {
            throw new FileNotFoundException($"The bundled seeds folder '{SeedsFolder}' is missing; give --index DIR.");
        }

        var folder = Path.Combine(CacheRoot, "default-" + Fingerprint(SeedsFolder));
        if (Directory.Exists(folder))
        {
            return folder;
        }

        Directory.CreateDirectory(CacheRoot);
        var building = folder + ".building-" + Environment.ProcessId;
        using (var index = GovSearchIndex.Create(building))
        {
            await index.AddRangeAsync(new DocumentLoader().LoadAsync(SeedsFolder, cancellationToken), cancellationToken).ConfigureAwait(false);
            await index.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            Directory.Move(building, folder);
        }
        catch (IOException) when (Directory.Exists(folder))
        {
            // Another process built it first; use theirs.
            Directory.Delete(building, recursive: true);
        }

        foreach (var stale in Directory.EnumerateDirectories(CacheRoot, "default-*").Where(d => d != folder && !d.Contains(".building-", StringComparison.Ordinal)))
        {
            try
            {
                Directory.Delete(stale, recursive: true);
            }
            catch (IOException)
            {
                // In use elsewhere: leave it for next time.
            }
        }

        return folder;
    }

    /// <summary>A short hash of the library build (its module version id, which deterministic builds derive from its
    /// content) and of the seeds' relative paths and bytes.</summary>
    private static string Fingerprint(string seeds)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(GovSearchIndex).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var file in Directory.EnumerateFiles(seeds, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(seeds, file).Replace('\\', '/') + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
