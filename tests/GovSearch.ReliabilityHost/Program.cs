using System.Globalization;
using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Storage;
using GovSearch.Topics;

namespace GovSearch.ReliabilityHost;

/// <summary>
/// Verbs (exit 0 when done, 4 when the index is locked by another writer, 1 on any other error):
/// <list type="bullet">
/// <item><c>hold INDEX</c>: open INDEX for writing, print "held", and keep it until standard input closes.</item>
/// <item><c>write INDEX JOURNAL CORPUS.jsonl BATCH COMMITS</c>: add COMMITS batches of BATCH documents, ids
/// <c>d000000</c>, <c>d000001</c>, … continuing from what the index holds, texts taken in turn from CORPUS, committing
/// after each batch and journaling each commit.</item>
/// <item><c>train INDEX JOURNAL</c>: train a small topic model (5 topics, one thread) and journal it.</item>
/// </list>
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        try
        {
            return args[0] switch
            {
                "hold" => Hold(args[1]),
                "write" => await WriteAsync(args[1], new Journal(args[2]), args[3], Number(args[4]), Number(args[5])),
                "train" => await TrainAsync(args[1], new Journal(args[2])),
                _ => throw new ArgumentException($"unknown verb {args[0]}"),
            };
        }
        catch (IndexLockedException e)
        {
            Console.Error.WriteLine(e.Message);
            return 4;
        }
    }

    private static int Hold(string index)
    {
        using var opened = GovSearchIndex.OpenOrCreate(index);
        Console.WriteLine("held");
        Console.Out.Flush();
        while (Console.In.Read() >= 0)
        {
        }

        return 0;
    }

    private static async Task<int> WriteAsync(string index, Journal journal, string corpus, int batch, int commits)
    {
        var texts = new List<GovDocument>();
        await foreach (var document in new DocumentLoader().LoadAsync(corpus))
        {
            texts.Add(document);
        }

        using var opened = GovSearchIndex.OpenOrCreate(index, new GovSearchIndexOptions { IndexingThreads = 2 });
        long count = opened.DocumentCount;
        for (var commit = 0; commit < commits; commit++)
        {
            var documents = Enumerable.Range(0, batch).Select(i => Renamed(texts[(int)((count + i) % texts.Count)], count + i)).ToList();
            await opened.AddRangeAsync(documents);
            journal.Write("begin", count + batch);
            await opened.CommitAsync();
            count += batch;
            journal.Write("done", count);
        }

        return 0;
    }

    private static async Task<int> TrainAsync(string index, Journal journal)
    {
        using var opened = GovSearchIndex.Open(index);
        journal.Write("train-begin", opened.DocumentCount);
        await opened.TrainTopicsAsync(new TopicModelOptions { NumberOfTopics = 5, Iterations = 20, Threads = 1 });
        journal.Write("train-done", opened.DocumentCount);
        return 0;
    }

    /// <summary>The document's text under the id <c>d</c> + its number, so the checker knows every id a count implies.</summary>
    public static GovDocument Renamed(GovDocument source, long number) =>
        new(Id(number))
        {
            Title = source.Title,
            Text = source.Text,
            Date = source.Date,
            DocType = source.DocType,
            Source = source.Source,
            Language = source.Language,
        };

    public static string Id(long number) => string.Create(CultureInfo.InvariantCulture, $"d{number:D6}");

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
