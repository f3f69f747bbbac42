using System.CommandLine;
using System.Globalization;
using GovSearch.Cli.Eval;
using GovSearch.Evaluation;

namespace GovSearch.Cli.Verbs;

/// <summary>
/// <c>govsearch train-ranker --queries Q --qrels R [--out model.zip]</c>: trains the learned ranker on judged queries and
/// prints its query-level cross-validation against the lexical order of the same candidates.
/// </summary>
internal static class TrainRankerVerb
{
    /// <summary>The training settings the tool exposes, by the library's name, with the option that sets each.</summary>
    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        [nameof(RankerTrainingOptions.CandidateDepth)] = "--depth",
        [nameof(RankerTrainingOptions.NumberOfTrees)] = "--trees",
        [nameof(RankerTrainingOptions.NumberOfLeaves)] = "--leaves",
        [nameof(RankerTrainingOptions.MinimumExampleCountPerLeaf)] = "--min-leaf-examples",
        [nameof(RankerTrainingOptions.LearningRate)] = "--learning-rate",
        [nameof(RankerTrainingOptions.Folds)] = "--folds",
    };

    public static Command Create(CliConsole console)
    {
        var defaults = RankerTrainingOptions.Default;
        var queries = new Option<string>("--queries", "-q") { Description = "Queries: TSV with a header naming qid, query and optional kind (and other columns such as half), or headerless 'qid<TAB>query'.", Required = true };
        var qrels = new Option<string>("--qrels", "-r") { Description = "Judgments in TREC qrels format: 'qid 0 docid grade' per line.", Required = true };
        var output = new Option<string?>("--out", "-o") { Description = "Write the model trained on every query to this file (a ZIP); use it with eval --ranker. Default: the model is not written." };
        var half = new Option<string?>("--half") { Description = "Keep only the queries whose 'half' column is tune or check." };
        half.AcceptOnlyFromAmong("tune", "check");
        var optionsFile = new Option<string?>("--options") { Description = "A JSON file of the search options that make the candidates (camelCase names, as eval --options reads). Default: the default options." };
        var depth = new Option<int>("--depth") { Description = "Lexical candidates per query (10-1000).", DefaultValueFactory = _ => defaults.CandidateDepth };
        var trees = new Option<int>("--trees") { Description = "Boosted trees (1-1000).", DefaultValueFactory = _ => defaults.NumberOfTrees };
        var leaves = new Option<int>("--leaves") { Description = "Most leaves per tree (2-128).", DefaultValueFactory = _ => defaults.NumberOfLeaves };
        var minimum = new Option<int>("--min-leaf-examples") { Description = "Fewest examples per leaf (1-100000).", DefaultValueFactory = _ => defaults.MinimumExampleCountPerLeaf };
        var rate = new Option<double>("--learning-rate") { Description = "Shrinkage of each tree (above 0, at most 1).", DefaultValueFactory = _ => defaults.LearningRate };
        var folds = new Option<int>("--folds") { Description = "Query-level cross-validation folds (2-20).", DefaultValueFactory = _ => defaults.Folds };
        var seed = new Option<int>("--seed") { Description = "Seed of the folds and the trainer.", DefaultValueFactory = _ => defaults.Seed };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("train-ranker", "Train the learned ranker (LambdaMART) on judged queries and print its cross-validated nDCG@10 against the lexical order.")
        {
            queries, qrels, output, half, optionsFile, depth, trees, leaves, minimum, rate, folds, seed, index, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var queriesFile = parse.GetValue(queries)!;
            var selected = EvalVerb.Select(EvalVerb.ReadInput(() => EvaluationQueryFile.Load(queriesFile)), parse.GetValue(half), queriesFile);
            var judgments = EvalVerb.ReadInput(() => QrelsFile.Load(parse.GetValue(qrels)!));
            var options = new RankerTrainingOptions
            {
                CandidateDepth = parse.GetValue(depth),
                NumberOfTrees = parse.GetValue(trees),
                NumberOfLeaves = parse.GetValue(leaves),
                MinimumExampleCountPerLeaf = parse.GetValue(minimum),
                LearningRate = parse.GetValue(rate),
                Folds = parse.GetValue(folds),
                Seed = parse.GetValue(seed),
                SearchOptions = parse.GetValue(optionsFile) is { } file ? SearchOptionsFile.Load(file) : SearchOptions.Default,
            };
            Check(options);
            var outPath = parse.GetValue(output);
            if (outPath is not null && Path.GetDirectoryName(Path.GetFullPath(outPath)) is { } folder && !Directory.Exists(folder))
            {
                throw new DirectoryNotFoundException($"The folder of --out '{outPath}' does not exist.");
            }

            RankerTrainingResult result;
            using (var opened = await CommonOptions.OpenForReadingAsync(parse.GetValue(index), cancellationToken).ConfigureAwait(false))
            {
                result = await opened.TrainRankerAsync(selected, judgments, options, cancellationToken).ConfigureAwait(false);
            }

            if (outPath is not null)
            {
                result.Ranker.Save(outPath);
            }

            var report = result.CrossValidation;
            if (parse.GetValue(json))
            {
                Json.Write(console.Out, new
                {
                    queries = report.Overall.Queries,
                    report.Examples,
                    report.Folds,
                    report.Overall,
                    report.Kinds,
                    report.FoldResults,
                    report.SkippedQueries,
                    model = outPath,
                    result.Ranker.Description,
                });
                return ExitCodes.Success;
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{report.Folds}-fold query-level cross-validation: {Plural.Of(report.Overall.Queries, "query", "queries")}, {report.Examples:N0} examples; nDCG@10 of the same candidates"));
            console.Out.WriteLine($"{"group",-16} {"queries",7} {"lexical",8} {"learned",8} {"change",7}");
            foreach (var row in new[] { report.Overall }.Concat(report.Kinds).Concat(report.FoldResults))
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{row.Name,-16} {row.Queries,7} {row.LexicalNdcg,8:0.000} {row.LearnedNdcg,8:0.000} {row.LearnedNdcg - row.LexicalNdcg,7:+0.000;-0.000;0.000}"));
            }

            if (report.SkippedQueries.Count > 0)
            {
                console.Out.WriteLine($"skipped (no relevant judgment): {string.Join(", ", report.SkippedQueries)}");
            }

            console.Out.WriteLine(outPath is null ? "The model was not written (give --out FILE to keep it)." : $"Model written to {outPath}.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Checks the settings, naming the tool's option for a bad one.</summary>
    private static void Check(RankerTrainingOptions options)
    {
        try
        {
            options.Validate();
        }
        catch (ArgumentException e) when (e.ParamName is { } name && Flags.TryGetValue(name, out var flag))
        {
            var message = e.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal);
            throw new ArgumentException($"{flag} {message[(message.IndexOf(" is ", StringComparison.Ordinal) + 1)..]}", e);
        }
    }
}
