using GovSearch.Analysis;
using GovSearch.Benchmarks.Infrastructure;
using GovSearch.Schema;
using GovSearch.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneIndexOptions = Lucene.Net.Index.IndexOptions;

namespace GovSearch.Tests.Schema;

/// <summary>
/// Where the text field's offsets are kept. A new index records <see cref="TextOffsets.Spans"/>: positions only in the
/// postings, each document's token spans in doc values; an index written before (offsets in the postings) keeps them
/// there for every later write, also after a merge. Both give every occurrence the same offsets, and the same snippets
/// on the benchmark's query cases and on dev.jsonl titles (<see cref="TextOffsetsFixture"/>).
/// </summary>
public sealed class TextOffsetsTests(TextOffsetsFixture fixture) : IClassFixture<TextOffsetsFixture>
{
    private static readonly SearchOptions Snippets = new() { Limit = 10, PassagesPerHit = 3, EscapeHtml = true };

    [Fact]
    public void NewIndex_RecordsSpans_AndItsTextFieldHoldsNoOffsets()
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(fixture.SpansPath));
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal("spans", reader.IndexCommit.UserData[IndexManifest.TextOffsetsKey]);
        Assert.Equal(TextOffsets.Spans, IndexManifest.FromUserData("spans", reader.IndexCommit.UserData).TextOffsets);
        var fields = MultiFields.GetMergedFieldInfos(reader);
        Assert.Equal(LuceneIndexOptions.DOCS_AND_FREQS_AND_POSITIONS, fields.FieldInfo(FieldNames.Text).IndexOptions);
        Assert.Equal(LuceneIndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, fields.FieldInfo(FieldNames.Title).IndexOptions);
    }

    [Fact]
    public void OldIndex_WithNewDocuments_KeepsOffsetsInThePostings_AfterAMerge()
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(fixture.PostingsPath));
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal("postings", reader.IndexCommit.UserData[IndexManifest.TextOffsetsKey]);
        Assert.Single(reader.Leaves);
        Assert.Equal(fixture.Documents.Count, reader.NumDocs);
        Assert.Equal(LuceneIndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, MultiFields.GetMergedFieldInfos(reader).FieldInfo(FieldNames.Text).IndexOptions);
        Assert.Null(TokenSpanReader.Of(reader.Leaves[0].AtomicReader));
    }

    [Fact]
    public void Spans_GiveEveryOccurrence_TheOffsetsThePostingsHold()
    {
        var expected = Occurrences(fixture.PostingsPath, spans: false);
        var actual = Occurrences(fixture.SpansPath, spans: true);

        Assert.Equal(fixture.Documents.Count, actual.Count);
        Assert.True(actual.Values.Sum(o => o.Count) > 100_000);
        foreach (var (id, occurrences) in expected)
        {
            Assert.Equal(occurrences, actual[id]);
        }
    }

    [Fact]
    public async Task Snippets_AreIdentical_OnTheQueryCasesAndDevTitles()
    {
        using var spans = GovSearchIndex.Open(fixture.SpansPath, new GovSearchIndexOptions { ReadOnly = true });
        using var postings = GovSearchIndex.Open(fixture.PostingsPath, new GovSearchIndexOptions { ReadOnly = true });
        var queries = QueryCases.All.Select(q => q.Text).Concat(fixture.Documents.Take(40).Select(d => d.Title)).ToList();

        var compared = 0;
        foreach (var query in queries)
        {
            var expected = (await postings.SearchAsync(query, Snippets)).Hits.ToDictionary(h => h.Id, h => h.Passages);
            foreach (var hit in (await spans.SearchAsync(query, Snippets)).Hits)
            {
                if (expected.TryGetValue(hit.Id, out var passages))
                {
                    Assert.Equal(passages, hit.Passages);
                    compared += passages.Count(p => p.Matches > 0);
                }
            }
        }

        Assert.True(compared > 300, $"only {compared} highlighted passages compared");
    }

    [Fact]
    public async Task Analytics_AreIdentical_OnBothIndexes()
    {
        using var spans = GovSearchIndex.Open(fixture.SpansPath, new GovSearchIndexOptions { ReadOnly = true });
        using var postings = GovSearchIndex.Open(fixture.PostingsPath, new GovSearchIndexOptions { ReadOnly = true });
        var years = fixture.Documents.Where(d => d.Date is not null).GroupBy(d => d.Date!.Value.Year).OrderByDescending(g => g.Count()).Select(g => g.Key).Take(2);

        foreach (var phrase in new[] { "数据安全", "生态环境保护", "人民法院", "economic growth" })
        {
            Assert.Equal(Json(await postings.GetConcordanceAsync(phrase)), Json(await spans.GetConcordanceAsync(phrase)));
        }

        Assert.Equal(Json(await postings.GetUsageAsync(["改革", "依法治国", "human rights"])), Json(await spans.GetUsageAsync(["改革", "依法治国", "human rights"])));
        foreach (var year in years)
        {
            var options = new EmergingTermsOptions { Year = year, MinimumCount = 2 };
            var expected = await postings.GetEmergingTermsAsync(options);
            Assert.NotEmpty(expected.Terms);
            Assert.Equal(Json(expected), Json(await spans.GetEmergingTermsAsync(options)));
        }
    }

    [Fact]
    public void TopicTokens_AreIdentical_OnBothIndexes()
    {
        var tokenizer = new GovSearch.Topics.TopicTokenizer(AnalysisOptions.Default);

        var expected = TopicTokens(fixture.PostingsPath, tokenizer);
        var actual = TopicTokens(fixture.SpansPath, tokenizer);

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, tokens) in expected)
        {
            Assert.Equal(tokens, actual[id]);
        }
    }

    [Fact]
    public async Task LearnedRanking_IsIdentical_OnBothIndexes()
    {
        using var spans = GovSearchIndex.Open(fixture.SpansPath, new GovSearchIndexOptions { ReadOnly = true });
        using var postings = GovSearchIndex.Open(fixture.PostingsPath, new GovSearchIndexOptions { ReadOnly = true });
        var options = Snippets with { LearnedRanking = true };

        foreach (var query in QueryCases.All.Select(q => q.Text).Concat(fixture.Documents.Take(20).Select(d => d.Title)))
        {
            var expected = (await postings.SearchAsync(query, options)).Hits.Select(h => (h.Id, h.Score)).ToList();
            Assert.Equal(expected, (await spans.SearchAsync(query, options)).Hits.Select(h => (h.Id, h.Score)).ToList());
        }
    }

    [Fact]
    public void Manifest_WithUnknownTextOffsets_IsRefusedWithAMessage()
    {
        var userData = IndexStorage.Current(AnalysisOptions.Default).ToUserData();
        userData[IndexManifest.TextOffsetsKey] = "elsewhere";

        var error = Assert.Throws<IndexFormatException>(() => IndexManifest.FromUserData("idx", userData));

        Assert.Contains("text offsets 'elsewhere'", error.Message, StringComparison.Ordinal);
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static Dictionary<string, IReadOnlyList<string>> TopicTokens(string path, GovSearch.Topics.TopicTokenizer tokenizer)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(path));
        using var reader = DirectoryReader.Open(directory);
        return GovSearch.Indexing.IndexedTopicTokens.Read(reader, tokenizer, CancellationToken.None).ToDictionary(u => u.Id, u => u.Tokens, StringComparer.Ordinal);
    }

    /// <summary>Every occurrence of every text term, by document id: (term, position, start, end), sorted. The offsets
    /// come from the postings, or (<paramref name="spans"/>) from the segment's token spans, looked up by position.</summary>
    private static Dictionary<string, List<(string, int, int, int)>> Occurrences(string path, bool spans)
    {
        var result = new Dictionary<string, List<(string, int, int, int)>>(StringComparer.Ordinal);
        using var directory = FSDirectory.Open(new DirectoryInfo(path));
        using var reader = DirectoryReader.Open(directory);
        foreach (var context in reader.Leaves)
        {
            var leaf = context.AtomicReader;
            var reading = TokenSpanReader.Of(leaf);
            Assert.Equal(spans, reading is not null);
            var perDoc = new List<(string Term, int Position, int Occurrence, int Start, int End)>?[leaf.MaxDoc];
            var termsEnum = leaf.GetTerms(FieldNames.Text).GetEnumerator();
            DocsAndPositionsEnum? postings = null;
            while (termsEnum.MoveNext())
            {
                var term = termsEnum.Term.Utf8ToString();
                postings = termsEnum.DocsAndPositions(leaf.LiveDocs, postings, DocsAndPositionsFlags.OFFSETS);
                int doc;
                while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var list = perDoc[doc] ??= [];
                    var previous = -1;
                    var occurrence = 0;
                    for (var i = postings.Freq; i > 0; i--)
                    {
                        var position = postings.NextPosition();
                        occurrence = position == previous ? occurrence + 1 : 0;
                        previous = position;
                        list.Add((term, position, occurrence, postings.StartOffset, postings.EndOffset));
                    }
                }
            }

            var ids = leaf.GetSortedDocValues(FieldNames.Id);
            var scratch = new BytesRef();
            for (var doc = 0; doc < leaf.MaxDoc; doc++)
            {
                if (leaf.LiveDocs is { } live && !live.Get(doc))
                {
                    continue;
                }

                ids.Get(doc, scratch);
                var occurrences = new List<(string, int, int, int)>();
                foreach (var (term, position, occurrence, start, end) in perDoc[doc] ?? [])
                {
                    var span = spans ? reading!.Span(doc, position, TokenSpanCodec.TermHash(term), occurrence) : (start, end);
                    occurrences.Add((term, position, span.Item1, span.Item2));
                }

                occurrences.Sort();
                result[scratch.Utf8ToString()] = occurrences;
            }
        }

        return result;
    }
}
