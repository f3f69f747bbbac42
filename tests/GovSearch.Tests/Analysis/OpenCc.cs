using System.Diagnostics;

namespace GovSearch.Tests.Analysis;

/// <summary>Runs the <c>opencc</c> command-line converter, the independent oracle for the traditional round trip.</summary>
internal static class OpenCc
{
    /// <summary>The full path of <c>opencc</c> on PATH, or null.</summary>
    public static string? Executable { get; } = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, "opencc"))
        .FirstOrDefault(File.Exists);

    /// <summary>Converts the lines of <paramref name="lines"/> with the OpenCC configuration <paramref name="config"/>
    /// (s2t, s2tw, ...), one output line per input line.</summary>
    public static List<string> Convert(IReadOnlyList<string> lines, string config, string folder)
    {
        var input = Path.Combine(folder, $"{config}.in.txt");
        var output = Path.Combine(folder, $"{config}.out.txt");
        File.WriteAllLines(input, lines);
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("OpenCC is not installed; run: apt-get install -y opencc"))
        {
            ArgumentList = { "-c", $"{config}.json", "-i", input, "-o", output },
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"opencc -c {config}.json failed ({process.ExitCode}): {error}");
        var converted = File.ReadAllLines(output).ToList();
        Assert.Equal(lines.Count, converted.Count);
        return converted;
    }
}
