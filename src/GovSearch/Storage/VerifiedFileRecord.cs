using System.IO.Hashing;
using System.Text;

namespace GovSearch.Storage;

/// <summary>
/// The files of one index whose CRC-32 footers some process on this machine verified, each with the length and
/// modification time it had then, kept in GovSearch's per-user folder (<see cref="UserCacheFolder"/>, under
/// <c>verified/</c>), never in the index folder, which a read-only open must not write. Opening the index again skips
/// the files that still have the same name, length and modification time, as git skips rehashing files whose stat data
/// did not change: Lucene never rewrites a file under the same name, and any write to a file changes its modification
/// time.
/// </summary>
/// <remarks>
/// <para>A file is remembered only when its modification time was at least <see cref="Settle"/> before its
/// verification began (git's "racy" rule), so a write in the same clock tick as the verification cannot hide.</para>
/// <para>What it cannot see is damage that keeps the length and the modification time: a disk's own bit rot, or a
/// file edited and its time set back. <c>govsearch check</c> always reads every file, and
/// <see cref="GovSearchIndexOptions.ReverifyUnchangedFiles"/> makes every open do so.</para>
/// <para>Nothing about the record can fail an open: a record that cannot be read is empty, and one that cannot be
/// written is not written.</para>
/// </remarks>
internal sealed class VerifiedFileRecord
{
    /// <summary>How long before its verification a file must have last changed to be remembered.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    /// <summary>Past this many records, writing one deletes those whose index folder is gone.</summary>
    private const int PruneAbove = 64;

    private const string Header = "# GovSearch verified index files, format 1";

    private readonly string _indexPath;
    private readonly Dictionary<string, (long Length, long Ticks)> _files;
    private readonly Lock _lock = new();

    /// <summary>The record of the index at <paramref name="indexPath"/>, kept in <paramref name="folder"/>.</summary>
    public VerifiedFileRecord(string indexPath, string folder)
    {
        _indexPath = Path.GetFullPath(indexPath);
        Folder = folder;
        FilePath = Path.Combine(folder, $"{XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(_indexPath)):x16}.tsv");
        _files = Read();
    }

    /// <summary>The folder of the records.</summary>
    public string Folder { get; }

    /// <summary>This index's record file.</summary>
    public string FilePath { get; }

    /// <summary>The record of the index at <paramref name="indexPath"/> in the per-user folder, or null when there is none.</summary>
    public static VerifiedFileRecord? For(string indexPath) =>
        UserCacheFolder.Path is { } root ? new VerifiedFileRecord(indexPath, Path.Combine(root, "verified")) : null;

    /// <summary>Whether <paramref name="file"/> was verified with this length and modification time.</summary>
    public bool Covers(string file, long length, DateTime lastWriteUtc)
    {
        lock (_lock)
        {
            return _files.TryGetValue(file, out var known) && known.Length == length && known.Ticks == lastWriteUtc.Ticks;
        }
    }

    /// <summary>
    /// Remembers the files of <paramref name="verified"/> that had settled when verification began at
    /// <paramref name="startedUtc"/>, forgets files no longer in <paramref name="current"/>, and writes the record if it
    /// changed.
    /// </summary>
    public void Remember(IEnumerable<(string File, long Length, DateTime LastWriteUtc)> verified, DateTime startedUtc, IReadOnlySet<string> current)
    {
        lock (_lock)
        {
            RememberLocked(verified, startedUtc, current);
        }
    }

    private void RememberLocked(IEnumerable<(string File, long Length, DateTime LastWriteUtc)> verified, DateTime startedUtc, IReadOnlySet<string> current)
    {
        var changed = false;
        foreach (var gone in _files.Keys.Where(f => !current.Contains(f)).ToList())
        {
            changed |= _files.Remove(gone);
        }

        foreach (var (file, length, lastWrite) in verified)
        {
            if (lastWrite <= startedUtc - Settle && !(_files.TryGetValue(file, out var known) && known == (length, lastWrite.Ticks)))
            {
                _files[file] = (length, lastWrite.Ticks);
                changed = true;
            }
        }

        if (changed)
        {
            Write();
        }
    }

    private Dictionary<string, (long Length, long Ticks)> Read()
    {
        var files = new Dictionary<string, (long Length, long Ticks)>(StringComparer.Ordinal);
        try
        {
            using var reader = new StreamReader(FilePath, Encoding.UTF8);
            if (reader.ReadLine() != Header || reader.ReadLine() != _indexPath)
            {
                return files;
            }

            while (reader.ReadLine() is { } line)
            {
                var parts = line.Split('\t');
                if (parts.Length != 3 || !long.TryParse(parts[1], out var length) || !long.TryParse(parts[2], out var ticks))
                {
                    return new Dictionary<string, (long Length, long Ticks)>(StringComparer.Ordinal);
                }

                files[parts[0]] = (length, ticks);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            files.Clear();
        }

        return files;
    }

    private void Write()
    {
        var text = new StringBuilder().Append(Header).Append('\n').Append(_indexPath).Append('\n');
        foreach (var (file, (length, ticks)) in _files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(file).Append('\t').Append(length).Append('\t').Append(ticks).Append('\n');
        }

        var bytes = new UTF8Encoding(false).GetBytes(text.ToString());
        if (!CacheFile.TryReplace(FilePath, stream => stream.Write(bytes)))
        {
            return;
        }

        try
        {
            Prune();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only tidying: the record is in place.
        }
    }

    /// <summary>Deletes the records of indexes whose folder no longer exists, once there are many.</summary>
    private void Prune()
    {
        var records = Directory.GetFiles(Folder, "*.tsv");
        if (records.Length <= PruneAbove)
        {
            return;
        }

        foreach (var record in records)
        {
            using (var reader = new StreamReader(record, Encoding.UTF8))
            {
                if (reader.ReadLine() == Header && reader.ReadLine() is { } indexPath && Directory.Exists(indexPath))
                {
                    continue;
                }
            }

            File.Delete(record);
        }
    }
}
