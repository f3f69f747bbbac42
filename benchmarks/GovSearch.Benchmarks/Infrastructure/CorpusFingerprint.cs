using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>Names what is cached from a corpus, so a changed corpus file gets fresh caches.</summary>
internal static class CorpusFingerprint
{
    /// <summary>
    /// "name-hash": the corpus file or folder name and 16 hex digits of a SHA-256 over the full path, the length and
    /// last write time of every file, and <paramref name="extra"/> (versions of whatever else the cache depends on).
    /// </summary>
    public static string Of(string corpusPath, string extra)
    {
        var full = Path.GetFullPath(corpusPath);
        var key = new StringBuilder(full).Append('|');
        IEnumerable<FileInfo> files = File.Exists(full)
            ? [new FileInfo(full)]
            : new DirectoryInfo(full).EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal);
        foreach (var file in files)
        {
            key.Append(file.FullName).Append(':').Append(file.Length.ToString(CultureInfo.InvariantCulture))
                .Append(':').Append(file.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append('|');
        }

        key.Append(extra);
        var name = Path.GetFileNameWithoutExtension(full.TrimEnd(Path.DirectorySeparatorChar));
        return $"{name}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())))[..16]}";
    }
}
