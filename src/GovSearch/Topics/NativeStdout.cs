using System.Runtime.InteropServices;
using System.Text;

namespace GovSearch.Topics;

/// <summary>
/// Keeps what native code prints to standard output away from the caller's standard output.
/// </summary>
/// <remarks>
/// <para>ML.NET's LightLDA engine (libLdaNative) reports progress with C <c>printf</c>: thread counts,
/// log-likelihoods, timings. That text bypasses <see cref="Console.Out"/> and goes straight to file descriptor 1,
/// so <see cref="Console.SetOut"/> cannot hide it. <see cref="Capture{T}"/> therefore points descriptor 1 at a
/// temporary file for the duration of a call (<c>dup</c>/<c>dup2</c> from libc), flushes C's stdio buffers before
/// and after, and restores the original descriptor.</para>
/// <para>Descriptor 1 belongs to the whole process, so captures are serialized by one lock (held for the whole call:
/// two trainings in one process run one after the other), and what native code on another thread prints during a
/// capture lands in the capture too. .NET's <see cref="Console"/> is not affected: it writes through its own duplicate
/// of descriptor 1, made when <see cref="Console.Out"/> is first used, which the capture forces before redirecting.
/// The lock is re-entrant: a capture inside a capture works. On Windows, where libc cannot be called, and where
/// descriptor 1 is closed, the call runs without capture.</para>
/// </remarks>
internal static class NativeStdout
{
    private const int StdoutDescriptor = 1;

    private static readonly Lock Gate = new();

    private static readonly Lazy<bool> Available = new(Probe);

    /// <summary>True where descriptor 1 can be redirected: on Linux, macOS and FreeBSD, when libc loads and descriptor 1 is open.</summary>
    public static bool IsSupported => Available.Value;

    /// <summary>Runs <paramref name="action"/> with descriptor 1 captured and returns its result and what was printed.</summary>
    /// <exception cref="IOException">Descriptor 1 could not be redirected or restored.</exception>
    public static (T Result, string Output) Capture<T>(Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!IsSupported)
        {
            return (action(), string.Empty);
        }

        lock (Gate)
        {
            var file = Path.Combine(Path.GetTempPath(), $"govsearch-stdout-{Environment.ProcessId}-{Guid.NewGuid():N}.txt");
            try
            {
                T result;
                using (var stream = new FileStream(file, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete))
                {
                    var target = (int)stream.SafeFileHandle.DangerousGetHandle();
                    Console.Out.Flush();
                    _ = Libc.fflush(IntPtr.Zero);
                    var saved = Libc.dup(StdoutDescriptor);
                    if (saved < 0)
                    {
                        throw new IOException($"Standard output could not be duplicated (errno {Marshal.GetLastPInvokeError()}).");
                    }

                    try
                    {
                        if (Libc.dup2(target, StdoutDescriptor) < 0)
                        {
                            throw new IOException($"Standard output could not be redirected (errno {Marshal.GetLastPInvokeError()}).");
                        }

                        try
                        {
                            result = action();
                        }
                        finally
                        {
                            Console.Out.Flush();
                            _ = Libc.fflush(IntPtr.Zero);
                            if (Libc.dup2(saved, StdoutDescriptor) < 0)
                            {
                                throw new IOException($"Standard output could not be restored (errno {Marshal.GetLastPInvokeError()}).");
                            }
                        }
                    }
                    finally
                    {
                        _ = Libc.close(saved);
                    }
                }

                return (result, ReadCaptured(file));
            }
            finally
            {
                TryDelete(file);
            }
        }
    }

    /// <summary>Runs <paramref name="action"/> with descriptor 1 captured and discards what was printed.</summary>
    /// <exception cref="IOException">Descriptor 1 could not be redirected or restored.</exception>
    public static T Silence<T>(Func<T> action) => Capture(action).Result;

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return false;
        }

        try
        {
            var copy = Libc.dup(StdoutDescriptor);
            if (copy < 0)
            {
                return false;
            }

            _ = Libc.close(copy);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static string ReadCaptured(string file)
    {
        try
        {
            return File.ReadAllText(file, Encoding.UTF8);
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
            // The temp cleaner removes it later.
        }
        catch (UnauthorizedAccessException)
        {
            // The temp cleaner removes it later.
        }
    }
}
