using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Querying;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Indexing;

/// <summary>One contract, run against in-memory and on-disk storage (as Tantivy's directory tests do).</summary>
public abstract class IndexContractTests : IDisposable
{
    private readonly List<GovSearchIndex> _open = [];

    /// <summary>Creates an empty index of the storage under test.</summary>
    protected abstract GovSearchIndex CreateEmpty(GovSearchIndexOptions? options = null);

    protected GovSearchIndex Create(GovSearchIndexOptions? options = null)
    {
        var index = CreateEmpty(options);
        _open.Add(index);
        return index;
    }

    protected async Task<GovSearchIndex> CreateWithSampleAsync()
    {
        var index = Create();
        await index.AddRangeAsync(Docs.Sample);
        await index.CommitAsync();
        return index;
    }

    public virtual void Dispose()
    {
        foreach (var index in _open)
        {
            index.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    private static IEnumerable<string> Ids(SearchResults results) => results.Hits.Select(h => h.Id);

    [Fact]
    public async Task Search_FindsChineseAndEnglishDocuments()
    {
        var index = await CreateWithSampleAsync();

        Assert.Equal("zh-data", (await index.SearchAsync("数据安全")).Hits[0].Id);
        Assert.Equal("en-udhr", (await index.SearchAsync("human rights")).Hits[0].Id);
        Assert.Equal(Docs.Sample.Count, index.DocumentCount);
    }

    [Fact]
    public async Task Search_FindsTraditionalQueryInSimplifiedText()
    {
        var index = await CreateWithSampleAsync();

        var results = await index.SearchAsync("數據安全");

        Assert.Equal("zh-data", results.Hits[0].Id);
    }

    [Fact]
    public async Task Search_FindsSimplifiedQueryInTraditionalText()
    {
        var index = Create();
        await index.AddAsync(Docs.Make("hant", "世界人權宣言", "第一條 人人生而自由，在尊嚴和權利上一律平等。"));
        await index.CommitAsync();

        var results = await index.SearchAsync("尊严 权利");

        Assert.Equal("hant", Assert.Single(results.Hits).Id);
        Assert.Equal(DocumentLanguages.TraditionalChinese, results.Hits[0].Language);
        Assert.Contains("<mark>尊嚴</mark>", results.Hits[0].Passages[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FindsFullWidthLettersAndDigits()
    {
        var index = Create();
        await index.AddAsync(Docs.Make("fw", "标准ＡＢＣ１２３号", "依据ＧＢ１２３４５规定执行。"));
        await index.CommitAsync();

        Assert.Equal("fw", Assert.Single((await index.SearchAsync("ABC123")).Hits).Id);
        Assert.Equal("fw", Assert.Single((await index.SearchAsync("gb12345")).Hits).Id);
    }

    [Fact]
    public async Task Search_FindsEnglishInsideChineseAndChineseInsideEnglish()
    {
        var index = await CreateWithSampleAsync();

        Assert.Equal("mixed", (await index.SearchAsync("rule of law 重要性")).Hits[0].Id);
        Assert.Contains("mixed", Ids(await index.SearchAsync("国家治理 modernization")));
        Assert.Equal("mixed", (await index.SearchAsync("plenum")).Hits[0].Id);
    }

    [Fact]
    public async Task Search_RanksWholeSloganAboveItsParts()
    {
        var index = await CreateWithSampleAsync();

        var results = await index.SearchAsync("四个全面");

        // Only the report has the slogan; the regulation says 全面 many times but must not outrank it, or match at all.
        Assert.Equal("zh-report", results.Hits[0].Id);
        Assert.DoesNotContain("zh-plain", Ids(results));
        Assert.Contains("zh-plain", Ids(await index.SearchAsync("全面")));
    }

    [Fact]
    public async Task Search_FindsShorterFormulationInsideLongerOne()
    {
        var index = await CreateWithSampleAsync();

        // The report says 全面推进依法治国 and 国家治理体系和治理能力现代化.
        Assert.Contains("zh-report", Ids(await index.SearchAsync("依法治国")));
        Assert.Contains("zh-report", Ids(await index.SearchAsync("治理能力现代化")));
    }

    [Fact]
    public async Task Search_DoesNotBreakSupplementaryCharacters()
    {
        var index = Create();
        await index.AddAsync(Docs.Make("ext-b", "古籍用字", "此处有生僻字𠀀与𪚥，应当完整保留。"));
        await index.CommitAsync();

        var hit = Assert.Single((await index.SearchAsync("𠀀")).Hits);

        Assert.Contains("<mark>𠀀</mark>", hit.Passages[0].Snippet, StringComparison.Ordinal);
        Assert.Empty((await index.SearchAsync("𠀁")).Hits);
    }

    [Fact]
    public async Task Search_WeighsTitleAboveText()
    {
        var index = Create();
        await index.AddAsync(Docs.Make("in-title", "Budget", "A short note about the year ahead and our plans."));
        await index.AddAsync(Docs.Make("in-text", "A note", "The budget for the year ahead and our plans."));
        await index.CommitAsync();

        Assert.Equal(["in-title", "in-text"], Ids(await index.SearchAsync("budget")));
    }

    [Fact]
    public async Task Search_BreaksScoreTiesById()
    {
        var index = Create();
        foreach (var id in new[] { "c", "a", "b" })
        {
            await index.AddAsync(Docs.Make(id, "Same title", "Identical text about water."));
        }

        await index.CommitAsync();

        var results = await index.SearchAsync("water");

        Assert.Equal(["a", "b", "c"], Ids(results));
        Assert.Equal(results.Hits[0].Score, results.Hits[2].Score);
    }

    [Fact]
    public async Task Search_ReturnsHitFieldsAndBestPassages()
    {
        var index = await CreateWithSampleAsync();

        var hit = (await index.SearchAsync("安全监管")).Hits[0];

        Assert.Equal("zh-data", hit.Id);
        Assert.Equal("中华人民共和国数据安全法", hit.Title);
        Assert.Equal(new DocumentDate(2021, 6, 10), hit.Date);
        Assert.Equal("zh", hit.Language);
        Assert.Equal("law", hit.DocType);
        Assert.Equal("全国人民代表大会常务委员会", hit.Source);
        Assert.True(hit.Score > 0);
        var best = hit.Passages[0];
        Assert.Equal(2, best.Number);
        Assert.Equal("第一章 总则 › 第二条", best.Heading);
        Assert.StartsWith("第二条", Docs.Sample[0].Text.Substring(best.Start, best.Length), StringComparison.Ordinal);
        Assert.Contains("<mark>安全监管</mark>", best.Snippet, StringComparison.Ordinal);
        Assert.True(hit.Passages.Count <= 3);
    }

    [Fact]
    public async Task Search_UsesConfiguredMarkersAndEscapesHtml()
    {
        var index = Create();
        await index.AddAsync(Docs.Make("html", "Tags", "Use <script> & budget tags carefully."));
        await index.CommitAsync();

        var escaped = (await index.SearchAsync("budget")).Hits[0].Passages[0].Snippet;
        var raw = (await index.SearchAsync("budget", new SearchOptions { EscapeHtml = false, HighlightStart = "[", HighlightEnd = "]" })).Hits[0].Passages[0].Snippet;

        Assert.Equal("Use &lt;script&gt; &amp; <mark>budget</mark> tags carefully.", escaped);
        Assert.Equal("Use <script> & [budget] tags carefully.", raw);
    }

    [Fact]
    public async Task Search_CountsFacetsOverAllMatches()
    {
        var index = await CreateWithSampleAsync();

        var results = await index.SearchAsync("year:1900..2030", new SearchOptions { Limit = 1 });

        Assert.Equal(5, results.TotalHits);
        Assert.Single(results.Hits);
        Assert.Equal([new FacetValue("zh", 3), new FacetValue("en", 2)], results.Facets.Languages);
        Assert.Equal(new FacetValue("国务院", 2), results.Facets.Sources[0]);
        Assert.Equal(5, results.Facets.Years.Sum(f => f.Count));
        Assert.Contains(new FacetValue("1992", 1), results.Facets.Years);
        Assert.Equal(5, results.Facets.DocTypes.Sum(f => f.Count));
    }

    [Fact]
    public async Task Search_FiltersByLanguageTypeSourceAndYear()
    {
        var index = await CreateWithSampleAsync();

        Assert.Equal(["en-sotu", "en-udhr"], Ids(await index.SearchAsync("lang:en")).Order(StringComparer.Ordinal));
        Assert.Equal(["zh-data"], Ids(await index.SearchAsync("type:LAW")));
        Assert.Equal(["zh-plain", "zh-report"], Ids(await index.SearchAsync("source:国务院")).Order(StringComparer.Ordinal));
        Assert.Equal(["en-sotu"], Ids(await index.SearchAsync("source:\"The White House\"")));
        Assert.Equal(["zh-plain", "zh-report"], Ids(await index.SearchAsync("year:2015..2016")).Order(StringComparer.Ordinal));
        Assert.Equal(["zh-data"], Ids(await index.SearchAsync("year:2021")));
        Assert.Equal(["en-sotu", "en-udhr"], Ids(await index.SearchAsync("year:..2000")).Order(StringComparer.Ordinal));
        Assert.Equal(["zh-data", "zh-plain", "zh-report"], Ids(await index.SearchAsync("lang:zh -type:speech")).Order(StringComparer.Ordinal));
        Assert.Equal(["en-sotu", "en-udhr", "zh-data"], Ids(await index.SearchAsync("type:law OR type:speech OR type:declaration")).Order(StringComparer.Ordinal));

        // OR joins values of one field; between different fields it has no meaning, is noted, and filters combine with AND.
        var mixedFields = await index.SearchAsync("lang:en OR type:law");
        Assert.Empty(mixedFields.Hits);
        Assert.Equal("OR must stand between two words or phrases; at position 8 it was ignored.", Assert.Single(mixedFields.Warnings));
    }

    [Fact]
    public async Task Search_SupportsPhrasesExclusionAndOr()
    {
        var index = await CreateWithSampleAsync();

        Assert.Equal(["en-udhr"], Ids(await index.SearchAsync("\"born free\"")));
        Assert.Empty((await index.SearchAsync("\"free born\"")).Hits);
        Assert.DoesNotContain("en-udhr", Ids(await index.SearchAsync("people -declaration")));
        // The query's own words only: lay expansion (on by default) would add the thesaurus's 全国人民代表大会 for "congress".
        var words = new SearchOptions { ExpandLayTerms = false };
        Assert.Equal(["en-sotu", "en-udhr"], Ids(await index.SearchAsync("congress OR dignity", words)).Order(StringComparer.Ordinal));
        Assert.Empty((await index.SearchAsync("congress dignity", words with { DefaultOperator = QueryOperator.And })).Hits);
        Assert.Equal(2, (await index.SearchAsync("congress dignity", words)).TotalHits);
    }

    [Fact]
    public async Task Search_SortsByDateAndPages()
    {
        var index = await CreateWithSampleAsync();

        var newest = await index.SearchAsync("year:1..9999", new SearchOptions { Sort = SearchSort.DateDescending });
        var oldest = await index.SearchAsync("year:1..9999", new SearchOptions { Sort = SearchSort.DateAscending });
        var page = await index.SearchAsync("year:1..9999", new SearchOptions { Sort = SearchSort.DateDescending, Offset = 2, Limit = 2 });

        Assert.Equal(["zh-data", "zh-plain", "zh-report", "en-sotu", "en-udhr"], Ids(newest));
        Assert.Equal(["en-udhr", "en-sotu", "zh-report", "zh-plain", "zh-data"], Ids(oldest));
        Assert.Equal(["zh-report", "en-sotu"], Ids(page));
        Assert.Equal([3, 4], page.Hits.Select(h => h.Rank));
        Assert.Equal(5, page.TotalHits);
    }

    [Fact]
    public async Task Search_PutsUndatedDocumentsLastInDateOrder()
    {
        var index = await CreateWithSampleAsync();

        var newest = await index.SearchAsync("governance OR 治理", new SearchOptions { Sort = SearchSort.DateDescending });

        Assert.Equal("mixed", newest.Hits[^1].Id);
    }

    [Fact]
    public async Task Update_ReplacesDocumentWithSameId()
    {
        var index = await CreateWithSampleAsync();

        await index.UpdateAsync(Docs.Make("en-udhr", "Universal Declaration (revised)", "Article 1 Everyone has the right to water."));
        await index.CommitAsync();

        Assert.Empty((await index.SearchAsync("dignity")).Hits);
        Assert.Equal("en-udhr", Assert.Single((await index.SearchAsync("water")).Hits).Id);
        Assert.Equal(Docs.Sample.Count, index.DocumentCount);
    }

    [Fact]
    public async Task Delete_RemovesDocumentAfterCommit()
    {
        var index = await CreateWithSampleAsync();

        Assert.True(await index.DeleteAsync("en-udhr"));
        Assert.False(await index.DeleteAsync("no-such-id"));
        Assert.Single((await index.SearchAsync("dignity")).Hits);
        await index.CommitAsync();

        Assert.Empty((await index.SearchAsync("dignity")).Hits);
        Assert.Null(await index.GetAsync("en-udhr"));
        Assert.Equal(Docs.Sample.Count - 1, index.DocumentCount);
    }

    [Fact]
    public async Task Search_SeesOnlyCommittedChanges()
    {
        var index = await CreateWithSampleAsync();

        await index.AddAsync(Docs.Make("new", "Water policy", "Rivers and lakes."));

        Assert.Empty((await index.SearchAsync("rivers")).Hits);
        Assert.True(index.HasUncommittedChanges);
        await index.CommitAsync();
        Assert.Single((await index.SearchAsync("rivers")).Hits);
        Assert.False(index.HasUncommittedChanges);
    }

    [Fact]
    public async Task Add_RejectsDuplicateIdAndKeepsLastCommit()
    {
        var index = await CreateWithSampleAsync();

        var error = await Assert.ThrowsAsync<DuplicateDocumentException>(() => index.AddAsync(Docs.Make("zh-data", "Copy", "Copy.")));

        Assert.Equal("zh-data", error.Id);
        Assert.Contains("UpdateAsync", error.Message, StringComparison.Ordinal);
        Assert.Equal("中华人民共和国数据安全法", (await index.GetAsync("zh-data"))!.Document.Title);
    }

    [Fact]
    public async Task AddRange_RejectsDuplicateWithinBatch()
    {
        var index = Create();

        await Assert.ThrowsAsync<DuplicateDocumentException>(() => index.AddRangeAsync([Docs.Make("a", "A", "a"), Docs.Make("a", "A again", "a")]));
        await index.CommitAsync();

        Assert.Equal(0, index.DocumentCount);
    }

    [Fact]
    public async Task AddRange_FailureMidBatchDiscardsBatchAndKeepsLastCommit()
    {
        var index = await CreateWithSampleAsync();
        var batch = Enumerable.Range(0, 50).Select(i => Docs.Make($"batch-{i}", $"Batch {i}", "ocean policy text"))
            .Append(new GovDocument("empty"))
            .Concat(Enumerable.Range(50, 10).Select(i => Docs.Make($"batch-{i}", $"Batch {i}", "ocean policy text")));

        var error = await Assert.ThrowsAsync<InvalidDocumentException>(() => index.AddRangeAsync(batch));
        await index.CommitAsync();

        Assert.Equal("empty", error.Id);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
        Assert.Empty((await index.SearchAsync("ocean")).Hits);
        Assert.Equal(Docs.Sample.Count, index.DocumentCount);
    }

    [Fact]
    public async Task AddRange_CancellationKeepsLastCommit()
    {
        var index = await CreateWithSampleAsync();
        using var cancellation = new CancellationTokenSource();

        async IAsyncEnumerable<GovDocument> Slow()
        {
            for (var i = 0; i < 1000; i++)
            {
                if (i == 20)
                {
                    await cancellation.CancelAsync();
                }

                yield return Docs.Make($"slow-{i}", "Slow", "forest policy");
            }
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => index.AddRangeAsync(Slow(), cancellation.Token));
        await index.CommitAsync();

        Assert.Empty((await index.SearchAsync("forest")).Hits);
        Assert.Equal(Docs.Sample.Count, index.DocumentCount);
    }

    [Fact]
    public async Task Add_RejectsInvalidDocumentsWithClearMessages()
    {
        var index = Create(new GovSearchIndexOptions { MaximumTextLength = 100 });

        var empty = await Assert.ThrowsAsync<InvalidDocumentException>(() => index.AddAsync(new GovDocument("blank") { Title = " ", Text = "\n" }));
        var huge = await Assert.ThrowsAsync<InvalidDocumentException>(() => index.AddAsync(Docs.Make("huge", "Huge", new string('x', 101))));
        var language = await Assert.ThrowsAsync<InvalidDocumentException>(() => index.AddAsync(Docs.Make("fr", "Loi", "Texte", language: "fr")));

        Assert.Equal("Document 'blank' is empty: it has neither a title nor any text.", empty.Message);
        Assert.Equal("Document 'huge' has 101 characters of text; the limit is 100 (GovSearchIndexOptions.MaximumTextLength).", huge.Message);
        Assert.Contains("'fr'", language.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new GovDocument(" "));
    }

    [Fact]
    public async Task Add_AcceptsVeryLongDocumentAndFindsTextPastFiftyKilobytes()
    {
        var index = Create();
        var filler = string.Concat(Enumerable.Repeat("第一条 本条规定一般事项。\n", 8000));
        await index.AddAsync(Docs.Make("long", "长文", filler + "第九千条 湿地保护由专门机构负责。"));
        await index.CommitAsync();

        var hit = Assert.Single((await index.SearchAsync("湿地保护")).Hits);

        Assert.True(filler.Length > 100_000);
        Assert.Contains("<mark>湿地保护</mark>", hit.Passages[0].Snippet, StringComparison.Ordinal);
        Assert.True(hit.Passages[0].Start >= filler.Length);
    }

    [Fact]
    public async Task Get_ReturnsDocumentWithDetectedLanguageMetadataAndPassages()
    {
        var index = Create();
        await index.AddAsync(new GovDocument("m")
        {
            Title = "Notice",
            Text = "First paragraph.\nSecond paragraph.",
            Metadata = new Dictionary<string, string> { ["parallel_id"] = "udhr", ["url"] = "local" },
        });
        await index.CommitAsync();

        var stored = await index.GetAsync("m");

        Assert.NotNull(stored);
        Assert.Equal("en", stored.Document.Language);
        Assert.Equal("udhr", stored.Document.Metadata["parallel_id"]);
        Assert.Equal("local", stored.Document.Metadata["url"]);
        Assert.Equal(2, stored.Passages.Count);
        Assert.Equal("Second paragraph.", stored.Passages[1].TextOf(stored.Document.Text));
    }

    [Fact]
    public async Task Explain_DescribesScoreOfOneDocument()
    {
        var index = await CreateWithSampleAsync();

        var explanation = (await index.ExplainAsync("en-udhr", "dignity"))!;
        var miss = (await index.ExplainAsync("zh-data", "dignity"))!;
        var hit = (await index.SearchAsync("dignity")).Hits[0];

        Assert.True(explanation.Matches);
        Assert.Equal(hit.Score, explanation.Score, 4);
        Assert.Contains("text:digniti", explanation.Details, StringComparison.Ordinal);
        Assert.False(miss.Matches);
    }

    [Fact]
    public async Task MissingIds_AnswerNullOrFalseEverywhere_InvalidIdsThrow()
    {
        var index = await CreateWithSampleAsync();

        Assert.Null(await index.GetAsync("nope"));
        Assert.Null(await index.ExplainAsync("nope", "dignity"));
        Assert.False(await index.DeleteAsync("nope"));
        foreach (var invalid in new[] { "", "  " })
        {
            await Assert.ThrowsAnyAsync<ArgumentException>(() => index.GetAsync(invalid));
            await Assert.ThrowsAnyAsync<ArgumentException>(() => index.ExplainAsync(invalid, "dignity"));
            await Assert.ThrowsAnyAsync<ArgumentException>(() => index.DeleteAsync(invalid));
        }
    }

    [Fact]
    public async Task Search_RunsConcurrentlyWithWritesAndSeesWholeCommits()
    {
        var index = await CreateWithSampleAsync();
        const int Batches = 8;
        const int PerBatch = 25;
        using var stop = new CancellationTokenSource();
        var errors = new List<Exception>();

        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var results = await index.SearchAsync("harbour", new SearchOptions { Limit = 1 });

                    // Batches are committed whole: a snapshot holds a multiple of the batch size.
                    if (results.TotalHits % PerBatch != 0)
                    {
                        throw new InvalidOperationException($"Saw {results.TotalHits} hits: half a batch.");
                    }
                }
                catch (Exception e)
                {
                    lock (errors)
                    {
                        errors.Add(e);
                    }
                }
            }
        })).ToList();

        for (var b = 0; b < Batches; b++)
        {
            await index.AddRangeAsync(Enumerable.Range(0, PerBatch).Select(i => Docs.Make($"h-{b}-{i}", "Harbour", $"harbour works {b} {i}")));
            await index.CommitAsync();
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Empty(errors);
        Assert.Equal(Batches * PerBatch, (await index.SearchAsync("harbour")).TotalHits);
    }

    [Fact]
    public async Task Search_IsTheSameWithOneOrManyIndexingThreads()
    {
        var one = Create(new GovSearchIndexOptions { IndexingThreads = 1 });
        var many = Create(new GovSearchIndexOptions { IndexingThreads = 4 });
        foreach (var index in new[] { one, many })
        {
            await index.AddRangeAsync(Docs.Sample);
            await index.CommitAsync();
        }

        foreach (var query in new[] { "全面", "governance OR 治理", "rights" })
        {
            var a = await one.SearchAsync(query);
            var b = await many.SearchAsync(query);
            Assert.Equal(a.Hits.Select(h => (h.Id, h.Score)), b.Hits.Select(h => (h.Id, h.Score)));
        }
    }

    [Fact]
    public async Task Rollback_DiscardsUncommittedChanges()
    {
        var index = await CreateWithSampleAsync();

        await index.AddAsync(Docs.Make("tmp", "Temporary", "glacier"));
        await index.DeleteAsync("zh-data");
        await index.RollbackAsync();
        await index.CommitAsync();

        Assert.Empty((await index.SearchAsync("glacier")).Hits);
        Assert.NotNull(await index.GetAsync("zh-data"));
        await index.AddAsync(Docs.Make("tmp", "Temporary", "glacier"));
    }

    [Fact]
    public async Task Search_RejectsOutOfRangeOptions()
    {
        var index = await CreateWithSampleAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => index.SearchAsync("law", new SearchOptions { Limit = 5000 }));

        Assert.Equal("SearchOptions.Limit is 5000; it must be between 1 and 1,000. (Parameter 'Limit')", error.Message);
    }

    [Fact]
    public async Task Search_HonoursCancellation()
    {
        var index = await CreateWithSampleAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => index.SearchAsync("law", null, new CancellationToken(canceled: true)));
    }
}
