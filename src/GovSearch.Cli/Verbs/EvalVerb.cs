using System.CommandLine;
using GovSearch.Cli.Baselines;
using GovSearch.Cli.Eval;
using GovSearch.Evaluation;
using GovSearch.Indexing;
using GovSearch.Querying;

namespace GovSearch.Cli.Verbs;

/// <summary>
/// <c>govsearch eval --queries Q.tsv --qrels R.txt</c>: nDCG@10, MRR@10 and Recall@100 of one or more GovSearch
/// configurations, and optionally of the plain Lucene baselines, side by side.
/// </summary>
internal static class EvalVerb
{
    public static Command Create(CliConsole console)
    {
        var queries = new Option<string>("--queries", "-q") { Description = "Queries: TSV with a header naming qid, query and optional kind (and other columns such as half), or headerless 'qid<TAB>query'.", Required = true };
        var qrels = new Option<string>("--qrels", "-r") { Description = "Judgments in TREC qrels format: 'qid 0 docid grade' per line.", Required = true };
        var modes = new Option<string?>("--mode") { Description = "GovSearch configurations to compare, comma-separated: lexical, hybrid (needs a topic model). Default: lexical, unless --options is given." };
        var optionFiles = new Option<string[]>("--options") { Description = "A JSON file of search options (camelCase names, such as {\"titleBoost\": 3}); one column named after the file. Repeatable.", AllowMultipleArgumentsPerToken = false };
        var baselines = new Option<string?>("--baseline") { Description = $"Plain Lucene BM25 baselines to add as columns, comma-separated: {string.Join(", ", BaselineAnalyzers.Names)}. Needs --corpus." };
        var corpus = new Option<string?>("--corpus") { Description = "The documents the index was built from (.jsonl, file or folder), indexed in memory for each baseline." };
        var half = new Option<string?>("--half") { Description = "Keep only the queries whose 'half' column is tune or check." };
        half.AcceptOnlyFromAmong("tune", "check");
        var perQuery = new Option<bool>("--per-query") { Description = "Also print one row per query." };
        var saveRuns = new Option<string?>("--save-runs") { Description = "Write each column's ranking to DIR/NAME.run in TREC run format." };
        var ranker = new Option<string?>("--ranker") { Description = "A learned-ranker file (train-ranker --out) for the columns whose options turn learnedRanking on. Default: the model shipped with the tool." };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var crossLingual = CrossLingualOption.Create();
        var translation = new TranslationSourceOptions();
        crossLingual.Description = "Set cross-lingual search for every column, overriding --options files: off, auto or only. Default: each column's own (off for --mode columns).";

        var command = new Command("eval", "Measure ranking quality against judgments: nDCG@10, MRR@10, Recall@100, overall and per kind.")
        {
            queries, qrels, modes, optionFiles, baselines, corpus, half, perQuery, saveRuns, crossLingual, ranker, index, json,
        };
        translation.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var queriesFile = parse.GetValue(queries)!;
            var selected = Select(ReadInput(() => EvaluationQueryFile.Load(queriesFile)), parse.GetValue(half), queriesFile);
            var judgments = ReadInput(() => QrelsFile.Load(parse.GetValue(qrels)!));
            var configurations = Configurations(parse.GetValue(modes), parse.GetValue(optionFiles) ?? []);
            if (CrossLingualOption.Parse(parse.GetValue(crossLingual)) is { } mode)
            {
                configurations = configurations.Select(c => (c.Name, c.Options with { CrossLingual = mode })).ToList();
            }

            configurations = configurations.Select(c => (c.Name, translation.Apply(parse, c.Options))).ToList();
            if (parse.GetValue(ranker) is { } rankerFile)
            {
                var model = LearnedRanker.Load(rankerFile);
                configurations = configurations.Select(c => (c.Name, c.Options with { Ranker = model })).ToList();
            }

            var baselineNames = Split(parse.GetValue(baselines), BaselineAnalyzers.Names, "--baseline");
            var corpusPath = parse.GetValue(corpus);
            if (baselineNames.Count > 0 && corpusPath is null)
            {
                throw new ArgumentException("--baseline needs --corpus: the documents the index holds, to build each baseline from.");
            }

            var runs = new List<EvalRun>();
            int indexDocuments;
            using (var opened = await translation.OpenAsync(parse, parse.GetValue(index), cancellationToken).ConfigureAwait(false))
            {
                indexDocuments = opened.DocumentCount;
                foreach (var (name, options) in configurations)
                {
                    if (options.Mode == SearchMode.Hybrid)
                    {
                        CommonOptions.RequireTopics(opened);
                    }

                    runs.Add(new EvalRun(name, await Evaluator.EvaluateAsync(opened, selected, judgments, options, cancellationToken).ConfigureAwait(false)));
                }
            }

            foreach (var name in baselineNames)
            {
                if (console.ErrorIsTerminal)
                {
                    console.Error.WriteLine($"Indexing {corpusPath} for the {name} baseline...");
                }

                using var baseline = await BaselineIndex.BuildAsync(name, corpusPath!, cancellationToken).ConfigureAwait(false);
                if (baseline.Documents != indexDocuments)
                {
                    console.Error.WriteLine($"govsearch: warning: the index holds {Plural.Of(indexDocuments, "document")} but {corpusPath} gave the {name} baseline {Plural.Of(baseline.Documents, "document")}; the columns are not comparable.");
                }

                var report = await Evaluator.EvaluateRankingAsync(
                    (query, _) => Task.FromResult(baseline.Rank(query, Evaluator.RecallDepth)), selected, judgments, cancellationToken).ConfigureAwait(false);
                runs.Add(new EvalRun(name, report));
            }

            if (runs[0].Report.Queries.Count == 0)
            {
                throw new InvalidDataException(
                    $"No query of {queriesFile}{(parse.GetValue(half) is { } kept ? $" (half {kept})" : string.Empty)} has a judgment of grade 1 or more in {parse.GetValue(qrels)}; check that their query ids match.");
            }

            if (parse.GetValue(saveRuns) is { } folder)
            {
                RunFiles.Save(folder, runs);
            }

            if (parse.GetValue(json))
            {
                Json.Write(console.Out, EvalJson.Shape(runs, parse.GetValue(perQuery)));
            }
            else
            {
                EvalTable.Write(console.Out, runs, parse.GetValue(perQuery));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Turns a malformed input file into the tool's input error (exit 3), keeping its file:line message.</summary>
    internal static T ReadInput<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (FormatException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    internal static IReadOnlyList<EvaluationQuery> Select(IReadOnlyList<EvaluationQuery> all, string? half, string file)
    {
        if (half is null)
        {
            return all;
        }

        if (!all.Any(q => q.Columns.ContainsKey("half")))
        {
            throw new ArgumentException($"--half needs a 'half' column, and the queries file '{file}' has none.");
        }

        return all.Where(q => string.Equals(q.Columns.GetValueOrDefault("half")?.Trim(), half, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    private static List<(string Name, SearchOptions Options)> Configurations(string? modes, string[] files)
    {
        var result = new List<(string, SearchOptions)>();
        var names = Split(modes ?? (files.Length == 0 ? "lexical" : null), ["lexical", "hybrid"], "--mode");
        foreach (var mode in names)
        {
            result.Add((mode, SearchOptions.Default with { Mode = mode == "hybrid" ? SearchMode.Hybrid : SearchMode.Lexical }));
        }

        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (result.Any(r => r.Item1 == name) || BaselineAnalyzers.Names.Contains(name))
            {
                throw new ArgumentException($"The options file '{file}' would make a second column named '{name}'; rename the file.");
            }

            result.Add((name, SearchOptionsFile.Load(file)));
        }

        return result;
    }

    private static List<string> Split(string? list, IReadOnlyList<string> allowed, string option)
    {
        var names = new List<string>();
        foreach (var name in (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                throw new ArgumentException($"{option} '{name}' is unknown; use {string.Join(", ", allowed)}.");
            }

            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return names;
    }
}
