using System.IO.Hashing;
using GovSearch.Storage;
using Lucene.Net.Analysis.Cn.Smart;

namespace GovSearch.Analysis.Segmentation;

/// <summary>
/// A file that keeps <see cref="SegmenterDictionaries"/> between processes, as jieba keeps its prefix dictionary: the
/// first process builds them from SmartCn's resources (about a quarter of a second) and writes the finished arrays;
/// every later process reads them back in a few milliseconds.
/// </summary>
/// <remarks>
/// <para>The file is named after, and starts with, a key made of the module version ids of GovSearch and of
/// Lucene.Net.Analysis.SmartCn, so another build of either never reads it. It ends with a checksum of its contents (<see cref="CacheChecksum"/>): a
/// torn, truncated or altered file is ignored and rewritten. It is written to a temporary name and renamed into place,
/// so readers never see a partial file; it is not flushed to disk, because the checksum already catches a file cut
/// short by a crash.</para>
/// <para>Nothing about the cache can fail a search: a folder that cannot be created or written, or a file that cannot
/// be read, only means the dictionaries are built in memory as without a cache. The cache is not used when SmartCn is
/// told to read its dictionaries from a data folder (<see cref="AnalyzerProfile.ANALYSIS_DATA_DIR"/>), whose files
/// may change under the same key.</para>
/// </remarks>
internal sealed class SegmenterDictionaryCache
{
    /// <summary>The environment variable that moves the cache to another folder, or turns it off with <c>off</c>.</summary>
    public const string VariableName = "GOVSEARCH_SEGMENTER_CACHE";

    private static ReadOnlySpan<byte> Magic => "GSSEGDC1"u8;

    private readonly byte[] _key;

    /// <summary>A cache in <paramref name="folder"/>, which is created when the file is first written.</summary>
    public SegmenterDictionaryCache(string folder)
    {
        Folder = Path.GetFullPath(folder);
        _key = Key();
        FilePath = Path.Combine(Folder, $"segmenter-{XxHash3.HashToUInt64(_key):x16}.bin");
    }

    /// <summary>The folder that holds the file.</summary>
    public string Folder { get; }

    /// <summary>The cache file of this build of GovSearch and SmartCn.</summary>
    public string FilePath { get; }

    /// <summary>
    /// The cache this process uses: the folder <see cref="VariableName"/> names, or none when it says <c>off</c>;
    /// when it is not set, GovSearch's per-user folder (<see cref="UserCacheFolder"/>). Null when there is no such
    /// folder or SmartCn reads a data folder.
    /// </summary>
    public static SegmenterDictionaryCache? ForThisProcess() =>
        For(Environment.GetEnvironmentVariable(VariableName), AnalyzerProfile.ANALYSIS_DATA_DIR);

    /// <summary>The cache for a value of <see cref="VariableName"/> (<paramref name="setting"/>) and SmartCn's data
    /// folder (<paramref name="smartCnDataFolder"/>); see <see cref="ForThisProcess"/>.</summary>
    public static SegmenterDictionaryCache? For(string? setting, string? smartCnDataFolder)
    {
        if (!string.IsNullOrEmpty(smartCnDataFolder) || string.Equals(setting?.Trim(), "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var folder = string.IsNullOrWhiteSpace(setting) ? UserCacheFolder.Path : setting.Trim();
        return folder is null ? null : new SegmenterDictionaryCache(folder);
    }

    /// <summary>The dictionaries in the file, or null when there is no file or it is not a whole file of this build.</summary>
    public SegmenterDictionaries? TryLoad()
    {
        try
        {
            using var stream = new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 0);
            var reader = new CacheFileReader(stream);
            // Read as written, block by block: the checksum folds in each block on its own.
            var magic = new byte[Magic.Length];
            reader.ReadBytes(magic);
            var key = new byte[_key.Length];
            reader.ReadBytes(key);
            if (!magic.AsSpan().SequenceEqual(Magic) || !key.AsSpan().SequenceEqual(_key))
            {
                return null;
            }

            var dictionaries = SegmenterDictionaries.ReadFrom(reader);
            reader.Verify();
            return dictionaries;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Writes <paramref name="dictionaries"/> to the file; false, and nothing left behind, when it cannot.</summary>
    public bool TrySave(SegmenterDictionaries dictionaries)
    {
        var saved = CacheFile.TryReplace(FilePath, stream =>
        {
            var writer = new CacheFileWriter(stream);
            writer.WriteBytes(Magic);
            writer.WriteBytes(_key);
            dictionaries.WriteTo(writer);
            writer.Finish();
        });
        if (saved)
        {
            RemoveOtherBuilds();
        }

        return saved;
    }

    /// <summary>How long another build's file is kept after it was last written: two builds in use side by side (an
    /// app and the tool, or two versions of the tool) keep their files instead of deleting each other's on every start;
    /// an old build's file goes a week after its build last wrote it (and is written again if that build still runs).</summary>
    internal static readonly TimeSpan KeepOtherBuilds = TimeSpan.FromDays(7);

    /// <summary>At most this many other builds' files are kept, the most recently written ones.</summary>
    internal const int MaximumOtherBuilds = 3;

    /// <summary>Deletes the files of other builds written more than <see cref="KeepOtherBuilds"/> ago or beyond the
    /// <see cref="MaximumOtherBuilds"/> newest, and temporary files of writers that died over an hour ago.</summary>
    private void RemoveOtherBuilds()
    {
        try
        {
            var now = DateTime.UtcNow;
            var others = new List<(string File, DateTime Written)>();
            foreach (var file in Directory.EnumerateFiles(Folder, "segmenter-*"))
            {
                if (file.EndsWith(".bin", StringComparison.Ordinal) && file != FilePath)
                {
                    others.Add((file, File.GetLastWriteTimeUtc(file)));
                }
                else if (file.EndsWith(CacheFile.TemporarySuffix, StringComparison.Ordinal) && File.GetLastWriteTimeUtc(file) < now.AddHours(-1))
                {
                    CacheFile.TryDelete(file);
                }
            }

            var newestFirst = others.OrderByDescending(o => o.Written).ThenBy(o => o.File, StringComparer.Ordinal).ToList();
            for (var i = 0; i < newestFirst.Count; i++)
            {
                if (i >= MaximumOtherBuilds || newestFirst[i].Written < now - KeepOtherBuilds)
                {
                    CacheFile.TryDelete(newestFirst[i].File);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only tidying: the new file is in place.
        }
    }

    private static byte[] Key()
    {
        var key = new byte[33];
        typeof(SegmenterDictionaryCache).Module.ModuleVersionId.TryWriteBytes(key.AsSpan(0, 16));
        typeof(AnalyzerProfile).Module.ModuleVersionId.TryWriteBytes(key.AsSpan(16, 16));
        key[32] = BitConverter.IsLittleEndian ? (byte)1 : (byte)0;
        return key;
    }
}
