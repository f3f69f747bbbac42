using System.Runtime.InteropServices;

namespace GovSearch.Topics;

/// <summary>The few libc functions GovSearch needs: <see cref="NativeStdout"/>'s (call only where <see cref="NativeStdout.IsSupported"/>)
/// and <c>flock</c> for <see cref="Storage.WriteLock"/> and the folder exchanges of <see cref="Storage.FolderSwap"/> (not on Windows).</summary>
internal static class Libc
{
    private const string Library = "libc";

    /// <summary>Duplicates a file descriptor; returns the new one, or -1.</summary>
    [DllImport(Library, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int dup(int descriptor);

    /// <summary>Makes <paramref name="target"/> refer to what <paramref name="descriptor"/> refers to; returns -1 on error.</summary>
    [DllImport(Library, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int dup2(int descriptor, int target);

    /// <summary>Closes a file descriptor.</summary>
    [DllImport(Library, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int close(int descriptor);

    /// <summary>Flushes a C stdio stream; <see cref="IntPtr.Zero"/> flushes them all.</summary>
    [DllImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int fflush(IntPtr stream);

    /// <summary>Applies or removes an advisory lock on an open file; returns -1 on error.</summary>
    [DllImport(Library, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int flock(int descriptor, int operation);

    /// <summary>Linux: renames relative to directory descriptors, with flags (2 = RENAME_EXCHANGE); returns -1 on error.</summary>
    [DllImport(Library, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int renameat2(int fromDirectory, string from, int toDirectory, string to, uint flags);

    /// <summary>macOS: renames with flags (2 = RENAME_SWAP); returns -1 on error.</summary>
    [DllImport(Library, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int renamex_np(string from, string to, uint flags);
}
