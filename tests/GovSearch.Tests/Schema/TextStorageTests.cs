using GovSearch.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using GovSearch.Tests.Quality;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Schema;

/// <summary>Text storage 2 (compressed blocks): every text comes back exactly, and snippets show the text their offsets name.</summary>
public sealed class TextStorageTests(DevCorpusIndexFixture corpus) : IClassFixture<DevCorpusIndexFixture>
{
    [Fact]
    public async Task GetAsync_ReturnsEveryDevDocumentsTextExactly()
    {
        var documents = await CorpusReader.LoadAsync("dev.jsonl");
        Assert.Contains(documents, d => d.Text.Length > 3 * TextBlocks.BlockCharacters);
        foreach (var document in documents)
        {
            var stored = await corpus.Index.GetAsync(document.Id);
            Assert.NotNull(stored);
            Assert.True(string.Equals(document.Text, stored.Document.Text, StringComparison.Ordinal), $"The text of {document.Id} did not come back exactly.");
            Assert.Equal(document.Title, stored.Document.Title);
        }
    }

    [Theory]
    [InlineData("国务院 改革")]
    [InlineData("加强生态环境保护")]
    [InlineData("economic growth")]
    [InlineData("\"社会主义市场经济\"")]
    [InlineData("中华人民共和国")]
    public async Task Snippets_ShowTheTextAtTheirPassagesOffsets(string query)
    {
        var results = await corpus.Index.SearchAsync(query, new SearchOptions { Limit = 20, EscapeHtml = false, HighlightStart = "\u0001", HighlightEnd = "\u0002", SnippetLength = 120 });
        Assert.NotEmpty(results.Hits);
        foreach (var hit in results.Hits)
        {
            var text = (await corpus.Index.GetAsync(hit.Id))!.Document.Text;
            foreach (var passage in hit.Passages)
            {
                var shown = passage.Snippet.Replace("\u0001", string.Empty, StringComparison.Ordinal).Replace("\u0002", string.Empty, StringComparison.Ordinal)
                    .Trim('…');
                var own = text.Substring(passage.Start, passage.Length);
                Assert.True(own.Contains(shown, StringComparison.Ordinal), $"Passage {passage.Number} of {hit.Id} shows text that is not in it: {shown}");
            }
        }
    }

    [Fact]
    public async Task Window_ReadsAnyRangeExactly_AcrossBlockBoundaries()
    {
        var random = new Random(42);
        await InLongestDocument((longest, segment, local) =>
        {
            Assert.Equal(longest.Text.Length, SegmentValues.Length(segment, local));
            var boundary = TextBlocks.BlockCharacters;
            foreach (var (start, end) in new[] { (0, 1), (boundary - 1, boundary + 1), (boundary, 2 * boundary), (boundary - 5, 3 * boundary + 7), (longest.Text.Length - 3, longest.Text.Length + 10) }
                .Concat(Enumerable.Range(0, 200).Select(_ => random.Next(longest.Text.Length)).Select(s => (s, s + random.Next(1, 600)))))
            {
                var expected = longest.Text[Math.Min(start, longest.Text.Length)..Math.Min(end, longest.Text.Length)];
                Assert.Equal(expected, new string(SegmentValues.Window(segment, local, start, end)));
            }
        });
    }

    [Fact]
    public async Task Windows_ReadSeveralRangesAtOnceExactly_WhetherOrNotTheyShareBlocks()
    {
        var random = new Random(7);
        await InLongestDocument((longest, segment, local) =>
        {
            var boundary = TextBlocks.BlockCharacters;
            for (var round = 0; round < 50; round++)
            {
                // Up to five windows, some in one block, some across a boundary, some past the end, one empty.
                var windows = Enumerable.Range(0, random.Next(1, 6))
                    .Select(_ => random.Next(4) switch
                    {
                        0 => (boundary - 3, boundary + 3),
                        1 => (longest.Text.Length - 2, longest.Text.Length + 5),
                        2 => (10, 10),
                        _ => random.Next(longest.Text.Length) is var s ? (s, s + random.Next(1, 700)) : default,
                    })
                    .ToList();
                var texts = SegmentValues.Windows(segment, local, windows);
                Assert.Equal(windows.Count, texts.Length);
                for (var i = 0; i < windows.Count; i++)
                {
                    var (start, end) = windows[i];
                    Assert.Equal(new string(SegmentValues.Window(segment, local, start, end)), new string(texts[i]));
                    Assert.Equal(longest.Text[Math.Min(start, longest.Text.Length)..Math.Min(end, longest.Text.Length)], new string(texts[i]));
                }
            }
        });
    }

    /// <summary>Runs the checks on the longest document of dev.jsonl, in its segment of the index.</summary>
    private async Task InLongestDocument(Action<GovDocument, AtomicReader, int> check)
    {
        var documents = await CorpusReader.LoadAsync("dev.jsonl");
        var longest = documents.OrderByDescending(d => d.Text.Length).First();
        corpus.Index.WithSearcher(searcher =>
        {
            var docId = searcher.Search(new TermQuery(new Term(FieldNames.Id, longest.Id)), 1).ScoreDocs.Single().Doc;
            var (segment, local) = SegmentValues.Leaf(searcher.IndexReader, docId);
            check(longest, segment, local);
            return 0;
        });
    }
}
