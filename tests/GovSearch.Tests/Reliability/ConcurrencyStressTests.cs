using System.Collections.Concurrent;
using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Querying;
using GovSearch.Tests.Support;
using GovSearch.Topics;

namespace GovSearch.Tests.Reliability;

/// <summary>
/// One writer and four readers on one on-disk index, for a fixed number of operations: the writer adds, updates,
/// deletes and commits, and trains topics once; the readers search (lexical, hybrid once a model exists, with facets),
/// get, and ask for similar documents. There must be no exception at all, and every search must see one whole commit:
/// its count of matching documents (every document carries the word "stressmarker") equals the count of a commit the
/// writer recorded, and its language facets add up to that count.
/// </summary>
/// <remarks>CI runs <see cref="DefaultReaderOperations"/> operations per reader; the long run sets
/// <c>GOVSEARCH_STRESS_OPERATIONS</c> (README, Reliability).</remarks>
public sealed class ConcurrencyStressTests : IDisposable
{
    private const int Steps = 40;
    public const int DefaultReaderOperations = 250;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task OneWriterFourReaders_NoExceptionAndEverySearchSeesOneCommit()
    {
        var operations = int.TryParse(Environment.GetEnvironmentVariable("GOVSEARCH_STRESS_OPERATIONS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : DefaultReaderOperations;
        Assert.True(operations > 0, "GOVSEARCH_STRESS_OPERATIONS must be a count above 0.");
        var steps = Math.Max(Steps, operations * Steps / DefaultReaderOperations);
        var texts = await Texts(60);
        using var index = GovSearchIndex.Create(_folder.File("index"), new GovSearchIndexOptions { IndexingThreads = 2 });
        var committed = new ConcurrentDictionary<int, bool>();
        var stable = Enumerable.Range(0, 10).Select(i => Document(texts, $"s{i:D3}", i)).ToList();
        await index.AddRangeAsync(stable);
        committed[stable.Count] = true;
        await index.CommitAsync();
        var live = new List<string>();
        var trained = 0;

        var writer = Task.Run(async () =>
        {
            var random = new Random(7);
            var next = 0;
            for (var step = 0; step < steps; step++)
            {
                var added = Enumerable.Range(0, 3).Select(_ => Document(texts, $"w{next:D4}", next++)).ToList();
                await index.AddRangeAsync(added);
                live.AddRange(added.Select(d => d.Id));
                if (live.Count > 4)
                {
                    var updated = live[random.Next(live.Count)];
                    await index.UpdateAsync(Document(texts, updated, random.Next(texts.Count)));
                    var deleted = live[random.Next(live.Count)];
                    Assert.True(await index.DeleteAsync(deleted));
                    live.Remove(deleted);
                }

                committed[stable.Count + live.Count] = true;
                await index.CommitAsync();
                if (step == Steps / 2)
                {
                    await index.TrainTopicsAsync(new TopicModelOptions { NumberOfTopics = 4, Iterations = 20, MinimumDocumentFrequency = 1 });
                    Volatile.Write(ref trained, 1);
                }
            }
        });

        var readers = Enumerable.Range(0, 4).Select(r => Task.Run(async () =>
        {
            var random = new Random(100 + r);
            for (var operation = 0; operation < operations; operation++)
            {
                switch ((operation + r) % 4)
                {
                    case 0:
                        CheckWhole(await index.SearchAsync("stressmarker", new SearchOptions { Limit = 5 }), committed);
                        break;
                    case 1:
                        var hybrid = Volatile.Read(ref trained) == 1;
                        var results = await index.SearchAsync("stressmarker 发展", new SearchOptions { Mode = hybrid ? SearchMode.Hybrid : SearchMode.Lexical, DefaultOperator = QueryOperator.And });
                        Assert.True(results.TotalHits <= committed.Keys.Max());
                        break;
                    case 2:
                        var id = $"w{random.Next(steps * 3):D4}";
                        var found = await index.GetAsync(id);
                        Assert.True(found is null || found.Document.Id == id);
                        break;
                    default:
                        if (Volatile.Read(ref trained) == 1)
                        {
                            Assert.NotEmpty((await index.SimilarAsync(stable[random.Next(stable.Count)].Id, 5))!);
                        }
                        else
                        {
                            Assert.NotNull(await index.GetAsync(stable[random.Next(stable.Count)].Id));
                        }

                        break;
                }
            }
        })).ToList();

        await Task.WhenAll(readers.Append(writer));
        CheckWhole(await index.SearchAsync("stressmarker"), committed);
        Assert.Equal(stable.Count + live.Count, index.DocumentCount);
        Assert.True(index.TopicStatus.IsTrained);
    }

    private static void CheckWhole(SearchResults results, ConcurrentDictionary<int, bool> committed)
    {
        Assert.True(committed.ContainsKey(results.TotalHits), $"A search saw {results.TotalHits} documents, which no commit held.");
        Assert.Equal(results.TotalHits, results.Facets.Languages.Sum(f => f.Count));
    }

    private static GovDocument Document(IReadOnlyList<GovDocument> texts, string id, int which)
    {
        var source = texts[which % texts.Count];
        return new GovDocument(id)
        {
            Title = source.Title,
            Text = source.Text[..Math.Min(source.Text.Length, 3000)] + "\nstressmarker",
            Date = source.Date,
            DocType = source.DocType,
            Source = source.Source,
        };
    }

    private static async Task<List<GovDocument>> Texts(int count)
    {
        var texts = new List<GovDocument>();
        await foreach (var document in new DocumentLoader().LoadAsync(TestCorpus.Require("dev.jsonl")))
        {
            if (texts.Count == count)
            {
                break;
            }

            texts.Add(document);
        }

        return texts;
    }
}
