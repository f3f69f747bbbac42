using System.Collections.Concurrent;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Indexing;

/// <summary>The progress a long add or topic training reports, as a UI or the tool shows it.</summary>
public sealed class IndexingProgressTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private sealed class Recorder : IProgress<IndexingProgress>
    {
        public ConcurrentQueue<IndexingProgress> Reports { get; } = new();

        public void Report(IndexingProgress value) => Reports.Enqueue(value);
    }

    [Fact]
    public async Task AddRange_ReportsWhileWriting_AndTheTotalLast()
    {
        var documents = (await CorpusReader.LoadAsync("dev.jsonl")).Take(150).ToList();
        using var index = GovSearchIndex.Create(_folder.File("a"), new GovSearchIndexOptions { IndexingThreads = 2 });
        var recorder = new Recorder();

        var written = await index.AddRangeAsync(documents, recorder);

        var reports = recorder.Reports.ToList();
        Assert.Equal(150, written);
        Assert.All(reports, r => Assert.Equal(IndexingStage.Writing, r.Stage));
        Assert.Equal(150 / 64 + 1, reports.Count);
        Assert.Equal(150, reports[^1].Documents);
        Assert.Equal(150, reports[^1].TotalDocuments);
        Assert.Equal(documents.Sum(d => (long)d.Title.Length + d.Text.Length), reports[^1].Characters);
        Assert.All(reports.SkipLast(1), r => Assert.Null(r.TotalDocuments));
    }

    [Fact]
    public async Task UpdateRange_Streamed_ReportsTheSameWay()
    {
        var documents = (await CorpusReader.LoadAsync("dev.jsonl")).Take(70).ToList();
        using var index = GovSearchIndex.Create(_folder.File("b"));
        var recorder = new Recorder();

        await index.UpdateRangeAsync(documents.ToAsyncEnumerable(), recorder);

        Assert.Equal(70, recorder.Reports.Last().Documents);
        Assert.Equal(2, recorder.Reports.Count);
    }

    [Fact]
    public async Task TrainTopics_ReportsEachStageInOrder()
    {
        var documents = (await CorpusReader.LoadAsync("dev.jsonl")).Take(40).ToList();
        using var index = GovSearchIndex.Create(_folder.File("c"));
        await index.AddRangeAsync(documents);
        await index.CommitAsync();
        var recorder = new Recorder();

        await index.TrainTopicsAsync(new TopicModelOptions { NumberOfTopics = 4, Iterations = 20 }, recorder);

        var stages = recorder.Reports.Select(r => r.Stage).Distinct().ToList();
        Assert.Equal([IndexingStage.ReadingTopicTokens, IndexingStage.TrainingTopics, IndexingStage.InferringTopics, IndexingStage.SavingTopics], stages);
        Assert.All(recorder.Reports, r => Assert.Equal(40, r.TotalDocuments));
        Assert.Equal(40, recorder.Reports.Last().Documents);
    }
}
