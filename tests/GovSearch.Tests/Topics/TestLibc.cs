using System.Runtime.InteropServices;

namespace GovSearch.Tests.Topics;

/// <summary>Lets tests print from native code, as libLdaNative does.</summary>
internal static class TestLibc
{
    /// <summary>C's puts: writes a line to file descriptor 1 through C's stdio buffer.</summary>
    [DllImport("libc", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int puts(string text);
}
