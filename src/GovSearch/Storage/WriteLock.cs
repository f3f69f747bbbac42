using System.Runtime.InteropServices;
using GovSearch.Topics;

namespace GovSearch.Storage;

/// <summary>
/// The one-writer rule of an index folder: an exclusive operating-system lock on <c>write.lock</c> in the folder,
/// held by the writing <see cref="GovSearchIndex"/> from open to dispose, across processes and within one.
/// </summary>
/// <remarks>
/// <para>Why not Lucene.Net's own <c>NativeFSLockFactory</c>: on Linux and macOS it opens the lock file with
/// <see cref="FileShare.Read"/>, which .NET turns into a <em>shared</em> <c>flock</c>, so any number of processes
/// "obtain" the same lock, and two writers then delete each other's files. This lock opens the file with
/// <see cref="FileShare.None"/> (an exclusive <c>flock</c> on Unix, an exclusive open on Windows) and on Unix also takes
/// <c>flock(LOCK_EX | LOCK_NB)</c> itself, so it holds even where .NET's file locking is turned off.</para>
/// <para>The lock lives in the open file, not in the file's existence: the file is never deleted (deleting it would
/// let a second process lock a new file of the same name), and the operating system frees the lock when its holder
/// exits, however it exits. A <c>write.lock</c> left by a killed writer therefore never blocks the next one, and no
/// lock that is really held can be broken. On network file systems the lock is only as good as their <c>flock</c>.</para>
/// </remarks>
internal sealed class WriteLock : IDisposable
{
    /// <summary>The lock file's name, the one Lucene uses.</summary>
    public const string FileName = "write.lock";

    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private const int LinuxWouldBlock = 11;
    private const int MacWouldBlock = 35;
    private const int WindowsSharingViolation = unchecked((int)0x80070020);
    private const int WindowsLockViolation = unchecked((int)0x80070021);

    private FileStream? _stream;

    private WriteLock(string folder, FileStream stream)
    {
        Folder = folder;
        _stream = stream;
    }

    /// <summary>The folder locked.</summary>
    public string Folder { get; }

    /// <summary>Whether the lock is still held by this instance.</summary>
    public bool IsHeld => Volatile.Read(ref _stream) is not null;

    /// <summary>Takes the lock of an existing folder, or fails at once without waiting.</summary>
    /// <exception cref="IndexLockedException">Another writer, in this process or another, holds the folder.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be written.</exception>
    /// <exception cref="IOException">The lock file cannot be created (a read-only or full file system).</exception>
    public static WriteLock Acquire(string folder)
    {
        var path = Path.Combine(folder, FileName);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.None);
        }
        catch (IOException e) when (IsHeldElsewhere(e.HResult))
        {
            throw new IndexLockedException(folder, e);
        }

        if (!OperatingSystem.IsWindows() && Libc.flock(stream.SafeFileHandle.DangerousGetHandle().ToInt32(), LockExclusive | LockNonBlocking) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            stream.Dispose();
            if (IsHeldElsewhere(error))
            {
                throw new IndexLockedException(folder);
            }

            throw new IOException($"The write lock of '{folder}' cannot be taken (flock failed with error {error}).");
        }

        return new WriteLock(folder, stream);
    }

    /// <summary>Whether another writer holds the folder now (false when the folder has no lock file).</summary>
    public static bool IsLocked(string folder)
    {
        if (!File.Exists(Path.Combine(folder, FileName)))
        {
            return false;
        }

        try
        {
            Acquire(folder).Dispose();
            return false;
        }
        catch (IndexLockedException)
        {
            return true;
        }
    }

    /// <summary>Releases the lock. The file stays.</summary>
    public void Dispose() => Interlocked.Exchange(ref _stream, null)?.Dispose();

    private static bool IsHeldElsewhere(int error) =>
        OperatingSystem.IsWindows()
            ? error is WindowsSharingViolation or WindowsLockViolation
            : error == (OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() ? MacWouldBlock : LinuxWouldBlock);
}
