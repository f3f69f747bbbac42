using System.Text;
using GovSearch.Analysis;

namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>
/// The Han runs of a whole corpus, as GovTokenizer hands them to its segmenter (normalized text, runs of Han
/// characters in pieces of at most 1,024, two characters or more), dealt into batches of about a given size.
/// </summary>
/// <remarks>
/// Runs are dealt in turn (run i into batch i mod count), so every batch is a thin slice of the whole corpus and the
/// batches are alike. <see cref="Next"/> hands out the next batch each time, so an operation never sees text an
/// earlier one saw until every batch has been used: caches (of the CPU, or of a segmenter) start cold.
/// </remarks>
public sealed class HanRunBatches
{
    private const int MaxHanRun = 1024;

    private readonly string[][] _batches;
    private int _next;

    private HanRunBatches(string[][] batches, long bytes)
    {
        _batches = batches;
        AverageBytes = batches.Length == 0 ? 0 : bytes / batches.Length;
    }

    /// <summary>How many batches there are.</summary>
    public int Count => _batches.Length;

    /// <summary>The mean UTF-8 size of a batch.</summary>
    public long AverageBytes { get; }

    /// <summary>The runs of Han characters of <paramref name="text"/> after normalization, as GovTokenizer hands them to
    /// its segmenter: in pieces of at most 1,024 characters, and only those of two characters or more.</summary>
    public static IEnumerable<string> RunsOf(string text)
    {
        var buffer = text.ToCharArray();
        TextNormalizer.NormalizeInPlace(buffer, buffer.Length, convertTraditional: true);
        var position = 0;
        while (position < buffer.Length)
        {
            if (!CharClass.IsHan(buffer[position]))
            {
                position++;
                continue;
            }

            var start = position;
            while (position < buffer.Length && CharClass.IsHan(buffer[position]) && position - start < MaxHanRun)
            {
                position++;
            }

            if (position - start >= 2)
            {
                yield return new string(buffer, start, position - start);
            }
        }
    }

    /// <summary>Deals the Han runs of <paramref name="corpus"/> into batches of about <paramref name="targetBytes"/>.</summary>
    public static HanRunBatches From(BenchmarkCorpus corpus, long targetBytes)
    {
        var runs = new List<string>();
        long bytes = 0;
        foreach (var document in corpus.Documents)
        {
            foreach (var run in RunsOf(document.Title).Concat(RunsOf(document.Text)))
            {
                runs.Add(run);
                bytes += Encoding.UTF8.GetByteCount(run);
            }
        }

        var count = (int)Math.Clamp(bytes / Math.Max(1, targetBytes), runs.Count == 0 ? 0 : 1, runs.Count);
        var batches = new List<string>[count];
        for (var b = 0; b < count; b++)
        {
            batches[b] = [];
        }

        for (var i = 0; i < runs.Count; i++)
        {
            batches[i % count].Add(runs[i]);
        }

        return new HanRunBatches([.. batches.Select(b => b.ToArray())], bytes);
    }

    /// <summary>The next batch, in turn; an empty one for a corpus without Han text.</summary>
    public string[] Next()
    {
        if (_batches.Length == 0)
        {
            return [];
        }

        var batch = _batches[_next];
        _next = (_next + 1) % _batches.Length;
        return batch;
    }
}
