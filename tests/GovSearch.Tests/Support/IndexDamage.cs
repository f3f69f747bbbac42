using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GovSearch.Tests.Support;

/// <summary>Looks inside an index folder with Lucene, and damages its files on purpose.</summary>
public static class IndexDamage
{
    /// <summary>The ids of the live documents of each segment of the latest commit, by segment name.</summary>
    public static Dictionary<string, List<string>> IdsBySegment(string path)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(path), NoLockFactory.GetNoLockFactory());
        using var reader = DirectoryReader.Open(directory);
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var segment = (SegmentReader)leaf.AtomicReader;
            var ids = new List<string>();
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (segment.LiveDocs is null || segment.LiveDocs.Get(doc))
                {
                    ids.Add(segment.Document(doc).Get("id"));
                }
            }

            ids.Sort(StringComparer.Ordinal);
            result[segment.SegmentName] = ids;
        }

        return result;
    }

    /// <summary>The name of the latest commit file (segments_N).</summary>
    public static string CommitFile(string path)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(path), NoLockFactory.GetNoLockFactory());
        return SegmentInfos.GetLastCommitSegmentsFileName(directory);
    }

    /// <summary>Inverts <paramref name="count"/> bytes in the middle of a file of the index.</summary>
    public static void FlipBytes(string path, string file, int count = 8)
    {
        var full = Path.Combine(path, file);
        var bytes = File.ReadAllBytes(full);
        var start = bytes.Length / 2;
        for (var i = start; i < start + count && i < bytes.Length; i++)
        {
            bytes[i] ^= 0xFF;
        }

        File.WriteAllBytes(full, bytes);
    }

    /// <summary>The compound file of a segment (small segments are written as one .cfs).</summary>
    public static string CompoundFile(string path, string segment)
    {
        var file = segment + ".cfs";
        Assert.True(File.Exists(Path.Combine(path, file)), $"{file} is not in {path}: {string.Join(", ", System.IO.Directory.GetFiles(path).Select(Path.GetFileName))}");
        return file;
    }
}
