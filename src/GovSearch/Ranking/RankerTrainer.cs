using System.Globalization;
using GovSearch.Evaluation;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace GovSearch.Ranking;

/// <summary>
/// Trains the LambdaMART ranker (ML.NET FastTree, one thread, seeded) on the candidates of judged queries, and
/// cross-validates it by query: every query's candidates stay together in one fold.
/// </summary>
internal static class RankerTrainer
{
    /// <summary>The gain of grades 0 to 4, as the evaluator's 2^grade − 1.</summary>
    private static readonly double[] Gains = [0, 1, 3, 7, 15];

    /// <summary>The examples of one query: its candidates' ids and features in lexical order, and its judgments.</summary>
    internal sealed record QueryExamples(EvaluationQuery Query, IReadOnlyList<string> Ids, float[][] Features, IReadOnlyDictionary<string, int> Grades);

    /// <summary>Cross-validates, then trains on every query.</summary>
    /// <exception cref="ArgumentException">Fewer queries with a relevant document than folds.</exception>
    public static RankerTrainingResult Train(IReadOnlyList<QueryExamples> queries, IReadOnlyList<string> skipped, RankerTrainingOptions options, CancellationToken cancellationToken)
    {
        if (queries.Count < options.Folds)
        {
            throw new ArgumentException(
                $"Training a ranker needs at least as many queries with a relevant document as RankerTrainingOptions.Folds ({options.Folds}); the judgments have {queries.Count}.",
                nameof(queries));
        }

        var shuffled = queries.OrderBy(q => q.Query.Id, StringComparer.Ordinal).ToArray();
        new Random(options.Seed).Shuffle(shuffled);
        var fold = new Dictionary<QueryExamples, int>();
        for (var i = 0; i < shuffled.Length; i++)
        {
            fold[shuffled[i]] = i % options.Folds;
        }

        var results = new List<(QueryExamples Query, int Fold, double Lexical, double Learned)>();
        for (var f = 0; f < options.Folds; f++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var model = Fit(shuffled.Where(q => fold[q] != f).ToList(), options, string.Empty);
            foreach (var held in shuffled.Where(q => fold[q] == f))
            {
                results.Add((held, f, RankingMetrics.Ndcg(held.Ids, held.Grades, Evaluator.TopDepth), RankingMetrics.Ndcg(Order(model, held), held.Grades, Evaluator.TopDepth)));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var overall = Compare("all", results);
        var examples = queries.Sum(q => q.Ids.Count);
        var report = new RankerCrossValidation
        {
            Folds = options.Folds,
            Examples = examples,
            Overall = overall,
            Kinds = results.Where(r => r.Query.Query.Kind is not null).GroupBy(r => r.Query.Query.Kind!).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Compare(g.Key, g.ToList())).ToList(),
            FoldResults = results.GroupBy(r => r.Fold).OrderBy(g => g.Key).Select(g => Compare($"fold {g.Key + 1}", g.ToList())).ToList(),
            SkippedQueries = skipped,
        };
        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"LambdaMART (ML.NET FastTree) on {queries.Count} queries, {examples} examples (top {options.CandidateDepth} lexical candidates each); {options.NumberOfTrees} trees, {options.NumberOfLeaves} leaves, at least {options.MinimumExampleCountPerLeaf} examples per leaf, learning rate {options.LearningRate}, seed {options.Seed}; {options.Folds}-fold query-level CV nDCG@10 {overall.LearnedNdcg:0.000} against {overall.LexicalNdcg:0.000} for the lexical order.");
        return new RankerTrainingResult(Fit(queries, options, description), report);
    }

    /// <summary>The candidates' ids in the model's order, ties in lexical order.</summary>
    internal static List<string> Order(LearnedRanker model, QueryExamples query)
    {
        var scores = model.Score(query.Features);
        return Enumerable.Range(0, query.Ids.Count).OrderByDescending(i => scores[i]).ThenBy(i => i).Select(i => query.Ids[i]).ToList();
    }

    /// <summary>Trains one model on the queries' examples.</summary>
    private static LearnedRanker Fit(IReadOnlyList<QueryExamples> queries, RankerTrainingOptions options, string description)
    {
        var context = LearnedRanker.NewContext(options.Seed);
        var rows = new List<RankingRow>();
        uint group = 0;
        foreach (var query in queries)
        {
            group++;
            for (var i = 0; i < query.Ids.Count; i++)
            {
                var grade = query.Grades.GetValueOrDefault(query.Ids[i]);
                rows.Add(new RankingRow { Label = Math.Clamp(grade, 0, Gains.Length - 1), GroupId = group, Features = query.Features[i] });
            }
        }

        var data = context.Data.LoadFromEnumerable(rows, RankingRow.Schema((int)group));
        var trainer = context.Ranking.Trainers.FastTree(new FastTreeRankingTrainer.Options
        {
            LabelColumnName = nameof(RankingRow.Label),
            FeatureColumnName = nameof(RankingRow.Features),
            RowGroupColumnName = nameof(RankingRow.GroupId),
            NumberOfTrees = options.NumberOfTrees,
            NumberOfLeaves = options.NumberOfLeaves,
            MinimumExampleCountPerLeaf = options.MinimumExampleCountPerLeaf,
            LearningRate = options.LearningRate,
            NumberOfThreads = 1,
            Seed = options.Seed,
            FeatureSelectionSeed = options.Seed,
            FeatureFraction = 1,
            BaggingSize = 0,
            CustomGains = Gains,
            NdcgTruncationLevel = Evaluator.TopDepth,
        });
        var model = trainer.Fit(data);
        return LearnedRanker.FromModel(context, model, data.Schema, description);
    }

    private static RankerComparison Compare(string name, IReadOnlyCollection<(QueryExamples Query, int Fold, double Lexical, double Learned)> rows) =>
        new(name, rows.Count, rows.Count == 0 ? 0 : rows.Average(r => r.Lexical), rows.Count == 0 ? 0 : rows.Average(r => r.Learned));
}
