namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>
/// Draws surface pieces (a word with the punctuation and space that follow it) in proportion to their counts,
/// in constant time per draw (Vose's alias method), so a million synthetic passages take seconds, not minutes.
/// </summary>
internal sealed class PieceSampler
{
    private readonly string[] _pieces;
    private readonly double[] _probability;
    private readonly int[] _alias;

    /// <summary>Builds the tables from pieces and their counts; the order given is kept, so draws are deterministic.</summary>
    /// <exception cref="ArgumentException">No piece, or a count that is not positive.</exception>
    public PieceSampler(IReadOnlyList<(string Piece, long Count)> counts)
    {
        if (counts.Count == 0 || counts.Any(c => c.Count <= 0))
        {
            throw new ArgumentException("A sampler needs at least one piece, each with a positive count.", nameof(counts));
        }

        var n = counts.Count;
        _pieces = counts.Select(c => c.Piece).ToArray();
        _probability = new double[n];
        _alias = new int[n];
        var total = counts.Sum(c => (double)c.Count);
        var scaled = counts.Select(c => c.Count * n / total).ToArray();
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = n - 1; i >= 0; i--)
        {
            (scaled[i] < 1 ? small : large).Push(i);
        }

        while (small.Count > 0 && large.Count > 0)
        {
            var less = small.Pop();
            var more = large.Pop();
            _probability[less] = scaled[less];
            _alias[less] = more;
            scaled[more] = scaled[more] + scaled[less] - 1;
            (scaled[more] < 1 ? small : large).Push(more);
        }

        foreach (var rest in small.Concat(large))
        {
            _probability[rest] = 1;
            _alias[rest] = rest;
        }
    }

    /// <summary>How many distinct pieces there are.</summary>
    public int Count => _pieces.Length;

    /// <summary>One piece, drawn with <paramref name="random"/>.</summary>
    public string Next(Random random)
    {
        var i = random.Next(_pieces.Length);
        return random.NextDouble() < _probability[i] ? _pieces[i] : _pieces[_alias[i]];
    }
}
