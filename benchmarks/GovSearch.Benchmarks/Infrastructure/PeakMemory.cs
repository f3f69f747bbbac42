using System.Globalization;

namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>
/// The peak resident set size of this process (Linux's VmHWM), with a reset so that the peak of one operation can
/// be read: writing "5" to /proc/self/clear_refs sets VmHWM back to the current RSS (Linux 4.0 and later).
/// </summary>
/// <remarks>RSS is what the machine must hold: the managed heap the GC has committed, native memory (SmartCn's
/// dictionaries, Lucene's buffers) and mapped index files that were touched. On other systems, or where the
/// reset is refused, the peak is that of the whole process; each BenchmarkDotNet case runs in its own process,
/// so it still belongs to one method and one size.</remarks>
internal static class PeakMemory
{
    private const string Status = "/proc/self/status";
    private const string ClearRefs = "/proc/self/clear_refs";

    /// <summary>Collects garbage, then resets the peak to the current RSS.</summary>
    /// <returns>Whether the reset worked (false on systems without /proc or where it is refused).</returns>
    public static bool Reset()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        try
        {
            File.WriteAllText(ClearRefs, "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>The peak RSS since the last reset (or since the process started) in bytes, or <see langword="null"/>
    /// where /proc/self/status is not available.</summary>
    public static long? PeakBytes()
    {
        if (!File.Exists(Status))
        {
            return null;
        }

        foreach (var line in File.ReadLines(Status))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return null;
    }
}
