using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace GovSearch.Benchmarks.Java;

/// <summary>
/// <c>--java</c>: indexes the corpus with Java Lucene 4.10 and SmartCn (Debian's <c>liblucene4.10-java</c>) on one
/// and two threads, alternating, and prints its throughput in MB/s, so that a BenchmarkDotNet run in the same sitting
/// (<c>IndexingBenchmarks</c>) can be set against the JVM directly. The Java side builds the index of
/// <c>IndexingBenchmarks</c>' plain Lucene.Net baseline (<see cref="Infrastructure.PlainLucene"/>). Skipped with a
/// message when <c>java</c>, <c>javac</c> or the Lucene jars are missing.
/// </summary>
internal static class JavaLucene
{
    /// <summary>Where Debian installs the jars of <c>liblucene4.10-java</c>.</summary>
    private const string JarFolder = "/usr/share/java";

    private static readonly string[] Jars = ["lucene-core-4.10.4.jar", "lucene-analyzers-common-4.10.4.jar", "lucene-analyzers-smartcn-4.10.4.jar"];

    /// <summary>Runs <paramref name="rounds"/> rounds of 1 then 2 threads and prints the medians; 0 when skipped or done.</summary>
    public static int Run(string corpus, string artifacts, int rounds, TextWriter output)
    {
        var java = OnPath("java");
        var javac = OnPath("javac");
        var missing = Jars.Where(j => !File.Exists(Path.Combine(JarFolder, j))).ToList();
        if (java is null || javac is null || missing.Count > 0)
        {
            output.WriteLine($"// --java skipped: {(java is null || javac is null ? "java and javac must be on PATH" : $"{string.Join(", ", missing)} missing from {JarFolder}")} (apt-get install liblucene4.10-java default-jdk-headless).");
            return 0;
        }

        var work = Directory.CreateTempSubdirectory("govsearch-java-");
        try
        {
            var classPath = string.Join(':', Jars.Select(j => Path.Combine(JarFolder, j)));
            var source = Path.Combine(AppContext.BaseDirectory, "Java", "JavaLuceneIndexing.java");
            var classes = Path.Combine(work.FullName, "classes");
            Run(javac, ["-d", classes, "-cp", classPath, source], output);
            var runs = new List<JavaRun>();
            for (var round = 1; round <= rounds; round++)
            {
                foreach (var threads in new[] { 1, 2 })
                {
                    var folder = Path.Combine(work.FullName, $"index-{round}-{threads}");
                    var line = Run(java, ["-Xms2g", "-Xmx4g", "-cp", $"{classes}:{classPath}", "JavaLuceneIndexing", corpus, threads.ToString(CultureInfo.InvariantCulture), folder], output);
                    var run = JsonSerializer.Deserialize<JavaRun>(line) ?? throw new InvalidOperationException($"Java printed no result: {line}");
                    output.WriteLine($"// Java Lucene round {round}, {threads} thread(s): {run.Documents} documents, {run.InputMb:0.0} MB in {run.IndexSeconds + run.CommitSeconds:0.00} s ({run.MegabytesPerSecond:0.00} MB/s)");
                    runs.Add(run);
                    Directory.Delete(folder, recursive: true);
                }
            }

            output.WriteLine();
            output.WriteLine("| Java Lucene 4.10 SmartCn | median seconds (index + commit) | MB/s |");
            output.WriteLine("|---|---:|---:|");
            foreach (var group in runs.GroupBy(r => r.Threads).OrderBy(g => g.Key))
            {
                var seconds = Median(group.Select(r => r.IndexSeconds + r.CommitSeconds));
                output.WriteLine($"| {group.Key} thread{(group.Key == 1 ? string.Empty : "s")} | {seconds:0.00} | {group.First().InputMb / seconds:0.00} |");
            }

            Directory.CreateDirectory(artifacts);
            File.WriteAllLines(Path.Combine(artifacts, "java-lucene.jsonl"), runs.Select(r => JsonSerializer.Serialize(r)));
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs a program to the end and returns the last line it printed; its standard error goes to <paramref name="output"/>.</summary>
    private static string Run(string program, IReadOnlyList<string> arguments, TextWriter output)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        process.WaitForExit();
        if (errors.Result.Length > 0)
        {
            output.Write(errors.Result);
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}.");
        }

        return lines.Length > 0 ? lines[^1] : string.Empty;
    }
}
