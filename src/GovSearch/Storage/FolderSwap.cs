using System.Runtime.InteropServices;
using GovSearch.Topics;

namespace GovSearch.Storage;

/// <summary>Exchanges two folders in one step where the operating system can (Linux <c>renameat2(RENAME_EXCHANGE)</c>,
/// macOS <c>renamex_np(RENAME_SWAP)</c>), so that a process killed at any moment leaves each path holding one whole folder.</summary>
internal static class FolderSwap
{
    private const int CurrentDirectory = -100;
    private const uint Exchange = 2;

    /// <summary>Exchanges <paramref name="first"/> and <paramref name="second"/>, both existing folders on one file system.</summary>
    /// <returns><see langword="false"/> when this platform or file system has no atomic exchange (nothing was changed).</returns>
    /// <exception cref="IOException">The exchange was refused for another reason.</exception>
    public static bool TryExchange(string first, string second)
    {
        int result;
        try
        {
            if (OperatingSystem.IsLinux())
            {
                result = Libc.renameat2(CurrentDirectory, first, CurrentDirectory, second, Exchange);
            }
            else if (OperatingSystem.IsMacOS())
            {
                result = Libc.renamex_np(first, second, Exchange);
            }
            else
            {
                return false;
            }
        }
        catch (EntryPointNotFoundException)
        {
            // A C library too old to have it.
            return false;
        }

        if (result == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        // ENOSYS, EINVAL, ENOTSUP/EOPNOTSUPP (Linux 95, macOS 45): the kernel or the file system cannot exchange.
        if (error is 38 or 22 or 95 or 45)
        {
            return false;
        }

        throw new IOException($"'{first}' and '{second}' could not be exchanged (error {error}).");
    }
}
