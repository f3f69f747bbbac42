namespace GovSearch;

/// <summary>Why storage refused a write (<see cref="IndexWriteException.Failure"/>).</summary>
public enum IndexWriteFailure
{
    /// <summary>Any other input/output error: a failing disk, a file or folder removed while the index was open.</summary>
    StorageError = 0,

    /// <summary>The disk or file system holding the index is full (ENOSPC on Linux and macOS, ERROR_DISK_FULL on Windows).
    /// Free some space and write again.</summary>
    DiskFull = 1,

    /// <summary>The folder cannot be written: a read-only file system (EROFS), an immutable folder, or permission denied.
    /// Make it writable, or open the index read-only.</summary>
    NotWritable = 2,
}
