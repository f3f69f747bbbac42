namespace GovSearch.Storage;

/// <summary>
/// Writes a file of GovSearch's per-user caches (<see cref="UserCacheFolder"/>) as a whole: to a temporary name of its
/// own (process id and a new GUID, so concurrent writers never share one), then renamed over the file, so readers see
/// the old file or the new one, never a part. Not flushed to disk: a cache file carries its own check, and a cache lost
/// in a crash is only rebuilt.
/// </summary>
internal static class CacheFile
{
    /// <summary>The suffix of temporary files; no reader opens one.</summary>
    public const string TemporarySuffix = ".tmp";

    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>, creating its folder; false when the folder or
    /// file cannot be written. Whatever fails, no temporary file is left behind.</summary>
    public static bool TryReplace(string path, Action<Stream> write)
    {
        var temporary = $"{path}.{Environment.ProcessId}-{Guid.NewGuid():N}{TemporarySuffix}";
        var moved = false;
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                write(stream);
            }

            File.Move(temporary, path, overwrite: true);
            moved = true;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            if (!moved)
            {
                TryDelete(temporary);
            }
        }
    }

    /// <summary>Deletes a file if it can; a file that cannot be deleted is left.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind: only tidying.
        }
    }
}
