using GovSearch.Querying;
using GovSearch.Schema;
using GovSearch.Tests.Quality;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GovSearch.Tests.Querying;

/// <summary>
/// Cross-lingual Auto scores each side once and replays the blend (<see cref="CalibratedQuery"/>): on dev.jsonl it
/// ranks, counts and scores exactly as the calibrated disjunction of the two sides that Lucene scores itself, and
/// explain gives the score search gives.
/// </summary>
public sealed class CalibratedQueryTests(DevCorpusIndexFixture corpus) : IClassFixture<DevCorpusIndexFixture>
{
    private static readonly SearchOptions Auto = new() { CrossLingual = CrossLingualMode.Auto, PassagesPerHit = 0, IncludeFacets = false };

    public static TheoryData<string[], string[], string?, string?> Sides => new()
    {
        // English words, their Chinese translations.
        { ["reform", "state", "enterpris"], ["改革", "国有", "企业"], null, null },
        // Chinese words, English translations; one exclusion.
        { ["环境", "保护"], ["environ", "protect"], null, "污染" },
        // A language filter keeps only the English side's documents.
        { ["人民", "代表"], ["peopl", "congress", "deputi"], "en", null },
    };

    [Theory]
    [MemberData(nameof(Sides))]
    public void Replay_RanksCountsAndScores_AsTheCalibratedDisjunction(string[] originalTerms, string[] translatedTerms, string? language, string? excluded)
    {
        corpus.Index.WithSearcher(searcher =>
        {
            var original = Words(originalTerms);
            if (excluded is not null)
            {
                original.Add(new TermQuery(new Term(FieldNames.Text, excluded)), Occur.MUST_NOT);
            }

            var translated = Words(translatedTerms);
            Query? filter = language is null ? null : new TermQuery(new Term(FieldNames.Language, language));
            var calibrated = Assert.IsType<CalibratedQuery>(
                CrossLingualQuery.Combine(original, translated, hasPositive: true, Auto, searcher.IndexReader, filter, searcher));

            // The classic form: both sides boosted by their calibration, OR-ed, the exclusion and the filter applied.
            var classic = new BooleanQuery(disableCoord: true);
            var a = (Query)Words(originalTerms);
            a.Boost = calibrated.OriginalBoost;
            var b = (Query)Words(translatedTerms);
            b.Boost = calibrated.TranslatedBoost;
            classic.Add(a, Occur.SHOULD);
            classic.Add(b, Occur.SHOULD);
            if (excluded is not null)
            {
                classic.Add(new TermQuery(new Term(FieldNames.Text, excluded)), Occur.MUST_NOT);
            }

            var expected = searcher.Search(filter is null ? classic : new FilteredQuery(classic, new QueryWrapperFilter(filter)), 1000);
            var actual = searcher.Search(calibrated, 1000);

            Assert.True(expected.TotalHits > 10);
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            var ranked = actual.ScoreDocs.Select(d => d.Doc).ToArray();
            Assert.Equal(expected.ScoreDocs.Select(d => d.Doc).Order(), ranked.Order());
            for (var i = 0; i < expected.ScoreDocs.Length; i++)
            {
                var want = expected.ScoreDocs[i];
                var got = actual.ScoreDocs.Single(d => d.Doc == want.Doc);
                Assert.Equal(want.Score, got.Score, want.Score * 1e-5);
            }

            // The order agrees wherever the scores are not tied within rounding.
            for (var i = 1; i < ranked.Length; i++)
            {
                var before = expected.ScoreDocs.Single(d => d.Doc == ranked[i - 1]).Score;
                var after = expected.ScoreDocs.Single(d => d.Doc == ranked[i]).Score;
                Assert.True(before >= after - (before * 1e-5), $"rank {i}: {before} before {after}");
            }

            // Each side's best score, found in the same pass, is the one a search of that side alone finds (0: no match).
            Assert.Equal(Top(searcher, Probe(Words(originalTerms), excluded, filter)), calibrated.OriginalTop, 1e-4);
            Assert.Equal(Top(searcher, Probe(Words(translatedTerms), excluded, filter)), calibrated.TranslatedTop, 1e-4);
            return 0;
        });
    }

    [Theory]
    [InlineData("state-owned enterprise reform")]
    [InlineData("生态环境保护")]
    public async Task Explain_GivesTheScoreSearchGives(string query)
    {
        var results = await corpus.Index.SearchAsync(query, Auto with { Limit = 5 });
        Assert.NotEmpty(results.Hits);
        foreach (var hit in results.Hits)
        {
            var explanation = await corpus.Index.ExplainAsync(hit.Id, query, Auto);

            Assert.NotNull(explanation);
            Assert.True(explanation.Matches);
            Assert.Equal(hit.Score, explanation.Score, hit.Score * 1e-5);
            Assert.Contains("cross-lingual Auto", explanation.Details, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Replay_RefusesAnotherSnapshot()
    {
        var calibrated = corpus.Index.WithSearcher(searcher => CrossLingualQuery.Combine(
            Words(["reform"]), Words(["改革"]), hasPositive: true, Auto, searcher.IndexReader, null, searcher));
        using var other = GovSearchIndex.CreateInMemory();
        await other.AddRangeAsync([Support.Docs.Make("a", "Reform", "Reform of state enterprises.", language: "en")]);
        await other.CommitAsync();

        Assert.Throws<InvalidOperationException>(() => other.WithSearcher(searcher => searcher.Search(calibrated, 1)));
    }

    private static BooleanQuery Words(IEnumerable<string> terms)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(FieldNames.Text, term)), Occur.SHOULD);
        }

        return query;
    }

    private static float Top(IndexSearcher searcher, Query query) =>
        searcher.Search(query, 1) is { TotalHits: > 0 } top ? top.MaxScore : 0;

    private static Query Probe(Query side, string? excluded, Query? filter)
    {
        var probe = new BooleanQuery(disableCoord: true) { { side, Occur.MUST } };
        if (excluded is not null)
        {
            probe.Add(new TermQuery(new Term(FieldNames.Text, excluded)), Occur.MUST_NOT);
        }

        return filter is null ? probe : new FilteredQuery(probe, new QueryWrapperFilter(filter));
    }
}
