using System.Runtime.InteropServices;

namespace GovSearch.Topics;

/// <summary>The few libc functions <see cref="NativeStdout"/> needs. Call only where <see cref="NativeStdout.IsSupported"/>.</summary>
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
}
