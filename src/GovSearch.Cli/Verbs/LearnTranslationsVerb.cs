using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GovSearch.Analysis;
using GovSearch.CrossLingual;

namespace GovSearch.Cli.Verbs;

/// <summary>
/// <c>govsearch learn-translations</c>: learns the en↔zh translation table from a corpus's aligned text (the table
/// shipped in the package is built this way), and with <c>--hold-out</c> checks it on the held-out work reports.
/// </summary>
internal static class LearnTranslationsVerb
{
    public const string CorpusVariable = "GOVSEARCH_CORPUS";

    public static Command Create(CliConsole console)
    {
        var corpus = new Option<string?>("--corpus")
        {
            Description = $"The corpus folder holding docs.jsonl and parallel.jsonl. Default: ${CorpusVariable}.",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The table file to write (gzip-compressed when it ends in .gz).",
            Required = true,
        };
        var holdOut = new Option<string?>("--hold-out")
        {
            Description = "Work-report years left out of training, comma-separated (e.g. 2019,2020,2021); the table is then checked on them: each English section should find its Chinese section at rank 1.",
        };
        var iterations = new Option<int>("--iterations")
        {
            Description = "EM iterations of IBM Model 1 in each direction, 1 to 100.",
            DefaultValueFactory = _ => new TranslationLearningOptions().Iterations,
        };
        var command = new Command("learn-translations", "Learn the English–Chinese translation table from a corpus's aligned text.")
        {
            corpus, output, holdOut, iterations,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var folder = parse.GetValue(corpus) ?? Environment.GetEnvironmentVariable(CorpusVariable);
            if (string.IsNullOrWhiteSpace(folder))
            {
                throw new ArgumentException($"learn-translations needs a corpus: pass --corpus DIR or set ${CorpusVariable}.");
            }

            var years = ParseYears(parse.GetValue(holdOut));
            var options = new TranslationLearningOptions { Iterations = parse.GetValue(iterations) };
            options.Validate();
            var clock = Stopwatch.StartNew();
            var pairs = ParallelCorpus.TrainingPairs(folder, years);
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"aligned {pairs.Count:N0} pairs ({clock.Elapsed.TotalSeconds:F1} s); training IBM Model 1 both ways..."));
            cancellationToken.ThrowIfCancellationRequested();
            using var tokenizer = new TranslationTokenizer(AnalysisOptions.Default);
            var table = TranslationLearner.Learn(pairs, tokenizer, options);
            var path = parse.GetValue(output)!;
            table.Save(path);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {path}: {table.Count(TranslationDirection.EnglishToChinese):N0} English and {table.Count(TranslationDirection.ChineseToEnglish):N0} Chinese source terms, {new FileInfo(path).Length:N0} bytes ({clock.Elapsed.TotalSeconds:F1} s)."));
            if (years.Count > 0)
            {
                var reports = ParallelCorpus.ReadReports(folder).Where(r => r.Year is { } y && years.Contains(y)).ToList();
                var result = ParallelRetrievalCheck.Run(reports, table, tokenizer);
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"held-out {string.Join(",", years.Order())}: {result.Sections} English sections; P@1 {result.PrecisionWithinReport:P1} within their report, {result.PrecisionAmongAll:P1} among all {result.Sections} Chinese sections."));
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static HashSet<int> ParseYears(string? text)
    {
        var years = new HashSet<int>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100)
            {
                throw new ArgumentException($"--hold-out has '{part}'; give years such as 2019,2020,2021.");
            }

            years.Add(year);
        }

        return years;
    }
}
