using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Querying;
using GovSearch.Tests.Support;
using GovSearch.Topics;

namespace GovSearch.Tests.Indexing;

/// <summary>Topics as the index uses them: trained from its documents, kept beside it, used when searching.</summary>
public sealed class IndexTopicsTests : IDisposable
{
    private static readonly TopicModelOptions Small = new() { NumberOfTopics = 6, Iterations = 40 };
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The seed plus 60 documents of dev.jsonl, both languages.</summary>
    private static async Task<List<GovDocument>> SampleAsync()
    {
        var dev = await CorpusReader.LoadAsync("dev.jsonl");
        var sample = dev.Where(d => d.Language == "zh").Take(40).Concat(dev.Where(d => d.Language == "en").Take(20)).ToList();
        await foreach (var seed in new DocumentLoader().LoadAsync(TestCorpus.Seeds))
        {
            sample.Add(seed);
        }

        return sample;
    }

    private async Task<GovSearchIndex> TrainedAsync(string name)
    {
        var index = GovSearchIndex.Create(_folder.File(name));
        await index.AddRangeAsync(await SampleAsync());
        await index.CommitAsync();
        await index.TrainTopicsAsync(Small);
        return index;
    }

    [Fact]
    public async Task Train_GivesEveryDocumentTopicsAndFacets()
    {
        using var index = await TrainedAsync("a");

        var topics = index.GetTopics();
        var results = await index.SearchAsync("law OR 法", new SearchOptions { Limit = 5 });

        Assert.Equal(Small.NumberOfTopics, topics.Count);
        Assert.Equal(1.0, topics.Sum(t => t.Weight), 3);
        Assert.All(topics, t => Assert.Equal(string.Join(" · ", t.TopWords.Take(3).Select(w => w.Word)), t.Label));
        Assert.Contains(topics, t => t.TopWords.Any(w => w.Word.All(char.IsAsciiLetterLower)));
        Assert.Contains(topics, t => t.TopWords.Any(w => GovSearch.Analysis.CharClass.IsHan(w.Word[0])));
        Assert.All(results.Hits, h => Assert.InRange(h.Topics.Count, 1, 3));
        Assert.All(results.Hits, h => Assert.True(h.Topics[0].Weight >= h.Topics[^1].Weight));
        Assert.Equal(results.TotalHits, results.Facets.Topics.Sum(f => f.Count));
        var status = index.TopicStatus;
        Assert.True(status.IsTrained);
        Assert.Equal(61, status.TrainedDocuments);
        Assert.Equal(0, status.Staleness);
    }

    [Fact]
    public async Task TopicFilter_KeepsDocumentsWhoseDominantTopicMatches()
    {
        using var index = await TrainedAsync("filter");
        var all = await index.SearchAsync("-type:no-such-type", new SearchOptions { Limit = 100, IncludeFacets = true });
        var facet = all.Facets.Topics[0];

        var filtered = await index.SearchAsync($"topic:{facet.Value}", new SearchOptions { Limit = 100 });

        Assert.Equal(61, all.TotalHits);
        Assert.Equal(61, all.Facets.Topics.Sum(f => f.Count));
        Assert.Equal(facet.Count, filtered.TotalHits);
        Assert.All(filtered.Hits, h => Assert.Equal(int.Parse(facet.Value, System.Globalization.CultureInfo.InvariantCulture), h.Topics[0].Id));
    }

    [Fact]
    public async Task Reopen_RestoresTopicsWithoutRetraining()
    {
        var path = _folder.File("reopen");
        IReadOnlyList<TopicDescription> before;
        using (var index = await TrainedAsync("reopen"))
        {
            before = index.GetTopics();
        }

        using var reopened = GovSearchIndex.Open(path);

        Assert.Equal(before, reopened.GetTopics(), new TopicComparer());
        Assert.True(reopened.TopicStatus.IsTrained);
        Assert.NotEmpty((await reopened.SearchAsync("管理")).Hits[0].Topics);
    }

    [Fact]
    public async Task Add_AfterTrainingInfersVectorsAndReportsStaleness()
    {
        using var index = await TrainedAsync("stale");

        await index.AddAsync(Docs.Make("late", "关于加强生态环境保护的决定", "加强生态环境保护，防治污染，保护自然资源。"));
        await index.CommitAsync();

        var status = index.TopicStatus;
        Assert.Equal(1, status.InferredDocuments);
        Assert.Equal(1.0 / 62, status.Staleness, 6);
        var hit = (await index.SearchAsync("生态环境")).Hits.Single(h => h.Id == "late");
        Assert.NotEmpty(hit.Topics);
    }

    [Fact]
    public async Task Similar_ExcludesItselfAndExactDuplicates()
    {
        var documents = await SampleAsync();
        var original = documents[0];
        using var index = GovSearchIndex.CreateInMemory();
        await index.AddRangeAsync(documents.Append(new GovDocument("copy-of-first") { Title = "Copy", Text = original.Text }));
        await index.CommitAsync();
        await index.TrainTopicsAsync(Small);

        var similar = (await index.SimilarAsync(original.Id, limit: 5))!;

        Assert.Equal(5, similar.Count);
        Assert.DoesNotContain(similar, h => h.Id == original.Id || h.Id == "copy-of-first");
        Assert.Equal([1, 2, 3, 4, 5], similar.Select(h => h.Rank));
        Assert.True(similar.Zip(similar.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.All(similar, h => Assert.InRange(h.Score, -1f, 1.0001f));
        Assert.Null(await index.SimilarAsync("nope"));
    }

    [Fact]
    public async Task Trends_GiveEachTopicsSharePerYearAndSource()
    {
        using var index = await TrainedAsync("trends");

        var byYear = index.GetTopicTrends(TrendDimension.Year);
        var bySource = index.GetTopicTrends(TrendDimension.Source);

        Assert.Equal(byYear.Rows.Order(StringComparer.Ordinal), byYear.Rows);
        Assert.All(byYear.Shares, row => Assert.Equal(1.0, row.Sum(), 3));
        Assert.Equal(Small.NumberOfTopics, byYear.Shares[0].Count);
        Assert.Contains("LawRefBook/Laws", bySource.Rows);
        Assert.True(byYear.DocumentCounts.Sum() <= 61);
    }

    [Fact]
    public async Task Hybrid_BlendsBm25WithTopicSimilarity()
    {
        using var index = await TrainedAsync("hybrid");

        var lexical = await index.SearchAsync("保护 管理", new SearchOptions { Limit = 10 });
        var hybrid = await index.SearchAsync("保护 管理", new SearchOptions { Limit = 10, Mode = SearchMode.Hybrid });
        var pureLexical = await index.SearchAsync("保护 管理", new SearchOptions { Limit = 10, Mode = SearchMode.Hybrid, TopicWeight = 0 });

        Assert.Equal(lexical.TotalHits, hybrid.TotalHits);
        Assert.All(hybrid.Hits, h => Assert.InRange(h.Score, 0f, 1.0001f));
        Assert.True(hybrid.Hits.Zip(hybrid.Hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.Equal(lexical.Hits.Select(h => h.Id), pureLexical.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Hybrid_WithoutModelIsAClearError()
    {
        using var index = GovSearchIndex.CreateInMemory();
        await index.AddAsync(Docs.Make("a", "A", "text"));
        await index.CommitAsync();

        var error = await Assert.ThrowsAsync<TopicModelMissingException>(() => index.SearchAsync("text", new SearchOptions { Mode = SearchMode.Hybrid }));

        Assert.Contains("TrainTopicsAsync", error.Message, StringComparison.Ordinal);
        Assert.Equal(TopicModelStatus.None, index.TopicStatus);
        Assert.Throws<TopicModelMissingException>(() => index.GetTopics());
    }

    [Fact]
    public async Task Open_RefusesTopicModelOfOtherDocuments()
    {
        using (var first = await TrainedAsync("one"))
        {
        }

        var second = _folder.File("two");
        using (var index = GovSearchIndex.Create(second))
        {
            await index.AddRangeAsync((await SampleAsync()).Skip(5));
            await index.CommitAsync();
            await index.TrainTopicsAsync(Small);
        }

        Directory.Delete(Path.Combine(second, "topics"), recursive: true);
        CopyFolder(Path.Combine(_folder.File("one"), "topics"), Path.Combine(second, "topics"));
        using var reopened = GovSearchIndex.Open(second);

        var status = reopened.TopicStatus;
        Assert.False(status.IsTrained);
        Assert.Contains("was trained on other documents", status.Problem, StringComparison.Ordinal);
        var error = Assert.Throws<TopicModelMissingException>(() => reopened.GetTopics());
        Assert.Equal(status.Problem, error.Message);
        Assert.NotEmpty((await reopened.SearchAsync("管理")).Hits);
    }

    [Fact]
    public async Task Open_RefusesDamagedTopicModel()
    {
        var path = _folder.File("damaged");
        using (await TrainedAsync("damaged"))
        {
        }

        File.WriteAllText(Path.Combine(path, "topics", "topics.json"), "{}");
        using var reopened = GovSearchIndex.Open(path);

        Assert.StartsWith("The index records a topic model, but it was refused:", reopened.TopicStatus.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_IsDeterministic()
    {
        var documents = await SampleAsync();
        var runs = new List<IReadOnlyList<TopicDescription>>();
        for (var i = 0; i < 2; i++)
        {
            using var index = GovSearchIndex.CreateInMemory(new GovSearchIndexOptions { IndexingThreads = 2 });
            await index.AddRangeAsync(documents);
            await index.CommitAsync();
            runs.Add(await index.TrainTopicsAsync(Small));
        }

        Assert.Equal(runs[0], runs[1], new TopicComparer());
    }

    [Fact]
    public async Task Train_RefusesUncommittedChangesAndReadOnlyIndexes()
    {
        using var index = GovSearchIndex.Create(_folder.File("pending"));
        await index.AddAsync(Docs.Make("a", "A", "alpha"));

        var pending = await Assert.ThrowsAsync<InvalidOperationException>(() => index.TrainTopicsAsync(Small));
        await index.CommitAsync();
        var tooFew = await Assert.ThrowsAsync<InvalidOperationException>(() => index.TrainTopicsAsync(Small));
        using var reader = GovSearchIndex.Open(_folder.File("pending"), new GovSearchIndexOptions { ReadOnly = true });

        Assert.Contains("commit or roll them back", pending.Message, StringComparison.Ordinal);
        Assert.Equal("Training topics needs at least 2 documents; the index holds 1.", tooFew.Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => reader.TrainTopicsAsync(Small));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    private sealed class TopicComparer : IEqualityComparer<TopicDescription>
    {
        public bool Equals(TopicDescription? x, TopicDescription? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Label == y.Label && x.Weight == y.Weight && x.TopWords.SequenceEqual(y.TopWords);

        public int GetHashCode(TopicDescription obj) => obj.Id;
    }
}
