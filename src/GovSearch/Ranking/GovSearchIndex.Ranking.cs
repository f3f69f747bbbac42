using GovSearch.Evaluation;
using GovSearch.Querying;
using GovSearch.Ranking;
using Lucene.Net.Search;

namespace GovSearch;

/// <summary>The learned ranker's side of the index: training on judged queries, re-ranking, explaining.</summary>
public sealed partial class GovSearchIndex
{
    /// <summary>
    /// Trains a LambdaMART ranker (ML.NET FastTree) on judged queries: each query's top
    /// <see cref="RankerTrainingOptions.CandidateDepth"/> candidates under <see cref="RankerTrainingOptions.SearchOptions"/>
    /// become examples labelled with their grades (unjudged documents count as 0), and a query-level cross-validation
    /// compares the learned order with the lexical one. Deterministic: one thread, seeded.
    /// </summary>
    /// <param name="queries">The queries; ids must be distinct. Queries the judgments grade no document 1 or more for are left out (and listed).</param>
    /// <param name="qrels">The judgments.</param>
    /// <param name="options">The training settings. Default: <see cref="RankerTrainingOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops between queries and between folds.</param>
    /// <returns>The model trained on every query, and the cross-validation report.</returns>
    /// <exception cref="ArgumentException">An option is out of range, a query id repeats, or fewer queries than folds have a relevant document.</exception>
    /// <exception cref="QueryException">A query is refused; the message names it.</exception>
    public Task<RankerTrainingResult> TrainRankerAsync(
        IEnumerable<EvaluationQuery> queries, QrelsFile qrels, RankerTrainingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(qrels);
        options ??= RankerTrainingOptions.Default;
        options.Validate();
        var list = queries.ToList();
        return Run(() =>
        {
            var search = options.SearchOptions with
            {
                LearnedRanking = false, LearnedRankerDepth = options.CandidateDepth, Offset = 0, Limit = options.CandidateDepth, PassagesPerHit = 0, IncludeFacets = false,
            };
            var model = Volatile.Read(ref _topicModel);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var examples = new List<RankerTrainer.QueryExamples>();
            var skipped = new List<string>();
            foreach (var query in list)
            {
                ArgumentNullException.ThrowIfNull(query, nameof(queries));
                if (!seen.Add(query.Id))
                {
                    throw new ArgumentException($"The query id '{query.Id}' appears twice; each query needs its own id.", nameof(queries));
                }

                cancellationToken.ThrowIfCancellationRequested();
                var grades = qrels.GradesOf(query.Id);
                if (!grades.Values.Any(g => g > 0))
                {
                    skipped.Add(query.Id);
                    continue;
                }

                var parsed = Parse(query.Text, search, model);
                examples.Add(WithSearcher(searcher =>
                {
                    var compiled = _compiler.Compile(parsed, search, searcher.IndexReader);
                    ScoreDoc[] candidates = [];
                    SearchExecutor.Run(searcher, compiled, search, null, cancellationToken, (_, ranked) => candidates = ranked.Take(options.CandidateDepth).ToArray());
                    var fields = new HitFields(searcher.IndexReader);
                    return new RankerTrainer.QueryExamples(
                        query, candidates.Select(c => fields.Id(c.Doc)).ToList(), FeatureExtractor.Compute(searcher, RankingQueryOf(parsed), candidates), grades);
                }));
            }

            return RankerTrainer.Train(examples, skipped, options, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>The re-ranking step of a search: the learned ranker with <see cref="SearchOptions.LearnedRanking"/>, else
    /// <see cref="LayTermCoverage"/> when it applies; <see langword="null"/> for neither.</summary>
    private Func<IndexSearcher, ScoreDoc[], IEnumerable<ScoreDoc>>? LearnedRerank(CompiledQuery compiled, SearchOptions options)
    {
        if (!options.LearnedRanking)
        {
            var coverage = LayTermCoverage.Applies(compiled, options);
            var local = LocalRegulationsApply(compiled, options);
            if (!coverage && !local)
            {
                return null;
            }

            return (searcher, ranked) =>
            {
                var order = coverage ? LayTermCoverage.Rerank(searcher, compiled.LayTerms, ranked, options.LearnedRankerDepth, options.LayTermCoverageWeight) : ranked;
                return local ? LocalRegulations.Rerank(searcher, QueryPlaceText(compiled), order.ToArray(), options.LearnedRankerDepth, options.LocalRegulationPenalty) : order;
            };
        }

        var ranker = options.Ranker ?? LearnedRanker.Shipped;
        return (searcher, ranked) => LearnedReranking.Rerank(searcher, RankingQueryOf(compiled.Parsed), ranked, options.LearnedRankerDepth, ranker);
    }

    /// <summary>The learned ranker's view of one document, or <see langword="null"/> when learned ranking is off or the order is not by relevance.</summary>
    private RankerExplanation? ExplainRanker(IndexSearcher searcher, ParsedQuery parsed, CompiledQuery compiled, int docId, float score, SearchOptions options, CancellationToken cancellationToken)
    {
        if (!options.LearnedRanking || options.Sort != SearchSort.Relevance)
        {
            return null;
        }

        var search = options with { LearnedRanking = false, Offset = 0, Limit = options.LearnedRankerDepth, PassagesPerHit = 0, IncludeFacets = false };
        ScoreDoc[] candidates = [];
        SearchExecutor.Run(searcher, compiled, search, null, cancellationToken, (_, ranked) => candidates = ranked.Take(options.LearnedRankerDepth).ToArray());
        var position = Array.FindIndex(candidates, c => c.Doc == docId);
        var scored = position >= 0 ? candidates : [.. candidates, new ScoreDoc(docId, score)];
        var features = FeatureExtractor.Compute(searcher, RankingQueryOf(parsed), scored);
        var scores = (options.Ranker ?? LearnedRanker.Shipped).Score(features);
        var at = position >= 0 ? position : scored.Length - 1;
        int? learnedRank = position >= 0 ? 1 + Enumerable.Range(0, candidates.Length).Count(i => scores[i] > scores[at] || (scores[i] == scores[at] && i < at)) : null;
        return new RankerExplanation(
            scores[at],
            position >= 0 ? position + 1 : null,
            learnedRank,
            RankingFeatures.Names.Select((name, i) => new RankerFeature(name, features[at][i])).ToList());
    }

    /// <summary>
    /// The score a search gives the document when <see cref="LayTermCoverage"/> re-orders the candidates, with a line
    /// for the explanation naming the bonus; the Lucene score and no line when the re-ranking does not apply or the
    /// document is not among the re-ordered candidates.
    /// </summary>
    private (float Score, string? Line) ExplainCoverage(IndexSearcher searcher, CompiledQuery compiled, int docId, float score, SearchOptions options, CancellationToken cancellationToken)
    {
        if (options.LearnedRanking || !LayTermCoverage.Applies(compiled, options))
        {
            return (score, null);
        }

        var search = options with { Offset = 0, Limit = options.LearnedRankerDepth, PassagesPerHit = 0, IncludeFacets = false };
        ScoreDoc[] candidates = [];
        SearchExecutor.Run(searcher, compiled, search, null, cancellationToken, (_, ranked) => candidates = ranked.Take(options.LearnedRankerDepth).ToArray());
        var reranked = LayTermCoverage.Rerank(searcher, compiled.LayTerms, candidates, options.LearnedRankerDepth, options.LayTermCoverageWeight);
        var at = reranked.FirstOrDefault(d => d.Doc == docId);
        var before = candidates.FirstOrDefault(d => d.Doc == docId);
        if (at is null || before is null)
        {
            return (score, null);
        }

        var bonus = at.Score - before.Score;
        return (at.Score, FormattableString.Invariant(
            $"{at.Score} = {before.Score} + {bonus} (SearchOptions.LayTermCoverageWeight: the share of the expansion's legal terms the text holds ({string.Join(", ", compiled.LayTerms.Select(t => t.Quality == 1 ? t.Term : $"{t.Term} {t.Quality:0.00}"))}), times {options.LayTermCoverageWeight} and the best candidate's score)"));
    }

    private RankingQuery RankingQueryOf(ParsedQuery parsed) => RankingQuery.From(parsed, _compiler.Analyze, _bigramAnalyzer);
}
