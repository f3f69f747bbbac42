using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using GovSearch.Benchmarks.Infrastructure;
using GovSearch.Benchmarks.Reporting;
using GovSearch.Benchmarks.Smoke;

namespace GovSearch.Benchmarks;

/// <summary>
/// Runs the GovSearch benchmarks through BenchmarkDotNet's switcher.
/// </summary>
/// <remarks>
/// <para>Own options, taken out before the rest goes to BenchmarkDotNet:</para>
/// <list type="bullet">
/// <item><c>--corpus PATH</c>: a .jsonl file or a folder (one holding dev.jsonl means that file). Default:
/// GOVSEARCH_CORPUS, else ../shared/corpus/dev.jsonl beside the repository, else the repository's seeds/.</item>
/// <item><c>--quick</c>: few iterations per case, so a run of everything on dev.jsonl takes minutes.</item>
/// <item><c>--smoke</c>: every benchmark method once, in this process, without BenchmarkDotNet.</item>
/// <item><c>--java</c>: first index the corpus with Java Lucene 4.10 on 1 and 2 threads (three alternating rounds,
/// Java/JavaLucene.cs) and print its MB/s; then run the benchmarks the filter selects, if any, in the same sitting.</item>
/// </list>
/// <para>Example: <c>dotnet run -c Release --project benchmarks/GovSearch.Benchmarks -- --quick --filter '*'</c></para>
/// <para><c>serve-load --index DIR [--requests N] [--clients N]</c> instead runs the HTTP load test (Serving/ServeLoad).</para>
/// </remarks>
public static class Program
{
    private static readonly Type[] PrebuiltUsers = [typeof(QueryBenchmarks), typeof(ColdStartBenchmarks), typeof(UsageBenchmarks), typeof(LearnedRankingBenchmarks)];

    /// <summary>The entry point.</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        if (args.Length > 0 && args[0] == "serve-load")
        {
            // Not a BenchmarkDotNet run: a bounded load test of govsearch serve's endpoints (Serving/ServeLoad).
            return Serving.ServeLoad.MainAsync(args[1..]).GetAwaiter().GetResult();
        }

        string? corpus = null;
        var quick = false;
        var smoke = false;
        var java = false;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--corpus" when i + 1 < args.Length:
                    corpus = args[++i];
                    break;
                case "--corpus":
                    Console.Error.WriteLine("--corpus needs a path: a .jsonl file or a folder.");
                    return 2;
                case "--quick":
                    quick = true;
                    break;
                case "--smoke":
                    smoke = true;
                    break;
                case "--java":
                    java = true;
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        BenchmarkSettings settings;
        try
        {
            settings = Settings(CorpusLocator.Resolve(corpus), quick, smoke);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidOperationException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        Console.WriteLine($"// GovSearch benchmarks on {settings.CorpusPath} ({(quick ? "quick" : "full")} mode)");
        if (smoke)
        {
            var runs = SmokeRunner.RunAll(settings, Console.Out);
            Console.WriteLine($"// Smoke run: {runs} benchmark runs passed.");
            return 0;
        }

        if (java)
        {
            Java.JavaLucene.Run(settings.CorpusPath, Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "govsearch"), rounds: 3, Console.Out);
            if (!rest.Any(a => a.StartsWith("--filter", StringComparison.Ordinal)))
            {
                return 0;
            }
        }

        if (Selects(rest, PrebuiltUsers))
        {
            // GOVSEARCH_BENCH_PREBUILT set by hand reuses indexes built earlier (by another build of the library), so
            // work on the query path need not rebuild them; unset, they are keyed to this build and built when missing.
            settings = settings with
            {
                PrebuiltFolder = Environment.GetEnvironmentVariable(BenchmarkSettings.PrebuiltVariable) is { Length: > 0 } reused
                    ? reused
                    : PrebuiltIndexes.EnsureFolder(settings, Console.Out),
            };
        }

        if (Selects(rest, [typeof(ScaleBenchmarks)]))
        {
            // Generated here, not in the benchmark processes, so their peak memory is the indexer's alone.
            foreach (var passages in ScaleBenchmarks.Sizes(settings.Mode))
            {
                SyntheticCorpus.Ensure(settings, passages, Console.Out);
            }
        }

        settings.Export();

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest], DefaultConfig.Instance);
        foreach (var curve in summaries.Select(ScaleCurve.From).OfType<ScaleCurve>())
        {
            Console.WriteLine();
            Console.WriteLine("// * Scale curve *");
            Console.WriteLine(curve.ToMarkdown());
        }

        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    private static BenchmarkSettings Settings(string corpus, bool quick, bool smoke)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "govsearch-bench");
        if (smoke)
        {
            return new BenchmarkSettings
            {
                CorpusPath = corpus,
                CacheFolder = Path.Combine(scratch, "smoke-cache"),
                WorkFolder = Path.Combine(scratch, "smoke-work"),
                Mode = BenchmarkMode.Smoke,
            };
        }

        // Beside BenchmarkDotNet's own artifacts (git-ignored); metrics are per run, so old ones are cleared.
        var artifacts = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "govsearch");
        var metrics = Path.Combine(artifacts, "metrics");
        IndexFolders.Delete(metrics);
        return new BenchmarkSettings
        {
            CorpusPath = corpus,
            CacheFolder = Path.Combine(artifacts, "cache"),
            WorkFolder = Path.Combine(scratch, "work"),
            MetricsFolder = metrics,
            Mode = quick ? BenchmarkMode.Quick : BenchmarkMode.Full,
        };
    }

    /// <summary>Whether the --filter globs (every benchmark when there is none) select a method of any of the given classes.</summary>
    private static bool Selects(IReadOnlyList<string> args, IReadOnlyList<Type> types)
    {
        var filters = new List<Regex>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--filter" or "-f")
            {
                while (i + 1 < args.Count && !args[i + 1].StartsWith('-'))
                {
                    var glob = Regex.Escape(args[++i]).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal);
                    filters.Add(new Regex("^" + glob + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
                }
            }
        }

        return filters.Count == 0 || types
            .SelectMany(t => SmokeRunner.BenchmarkMethods(t).Select(m => $"{t.FullName}.{m.Name}"))
            .Any(name => filters.Any(f => f.IsMatch(name)));
    }
}
