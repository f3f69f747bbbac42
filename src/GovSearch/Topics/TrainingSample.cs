namespace GovSearch.Topics;

/// <summary>
/// Chooses the pieces LDA learns from when the units hold more vocabulary tokens than
/// <see cref="TopicModelOptions.MaximumTrainingTokens"/>: every unit keeps up to the same number of pieces, evenly
/// spaced through its text, with that number as large as the budget allows.
/// </summary>
/// <remarks>
/// <para>Training time grows with the tokens sampled, and a corpus of long reports has many of its tokens in a few
/// units: on docs.jsonl 157 documents of more than 8 pieces hold 2,178 of the 11,926 pieces. Capping the pieces per unit
/// (rather than sampling tokens at random) keeps every short unit whole, lets each long one speak with pieces from its
/// beginning, middle and end, and keeps a few reports from outweighing hundreds of regulations. Every unit is still
/// given its vector from all its pieces afterwards (<see cref="TopicModel"/> infers them).</para>
/// <para>When even one piece per unit is over the budget, units are taken at even intervals of their order, one piece
/// each (docs.jsonl with the default budget: about one unit in three). The choice depends only on the pieces and the budget, so it is the same on every run.</para>
/// </remarks>
internal static class TrainingSample
{
    /// <summary>
    /// The pieces to train on, unit by unit in order: all of them when their tokens fit
    /// <paramref name="maximumTokens"/>, otherwise the sample described on the class.
    /// </summary>
    public static IReadOnlyList<(int[] Indices, int[] Counts)> Select(
        IReadOnlyList<IReadOnlyList<(int[] Indices, int[] Counts)>> pieces, long maximumTokens)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumTokens, 1);
        var tokens = pieces.Select(unit => unit.Select(p => (long)p.Counts.Sum()).ToArray()).ToArray();
        var mostPieces = pieces.Count == 0 ? 0 : pieces.Max(p => p.Count);

        // The largest cap whose sample fits the budget; the sample grows with the cap.
        int low = 1, high = mostPieces;
        if (TokensWithCap(tokens, high) <= maximumTokens)
        {
            return pieces.SelectMany(p => p).ToArray();
        }

        if (TokensWithCap(tokens, low) > maximumTokens)
        {
            return OnePieceOfSomeUnits(pieces, tokens, maximumTokens);
        }

        while (low < high - 1)
        {
            var middle = low + ((high - low) / 2);
            if (TokensWithCap(tokens, middle) <= maximumTokens)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return pieces.SelectMany(unit => Spread(unit.Count, low).Select(i => unit[i])).ToArray();
    }

    /// <summary>The positions of <paramref name="count"/> of <paramref name="total"/> items at even intervals, each in the middle of its stretch; all of them when count ≥ total.</summary>
    internal static IEnumerable<int> Spread(int total, int count) =>
        count >= total
            ? Enumerable.Range(0, total)
            : Enumerable.Range(0, count).Select(j => (int)((((2L * j) + 1) * total) / (2L * count)));

    private static long TokensWithCap(long[][] tokens, int cap) =>
        tokens.Sum(unit => Spread(unit.Length, cap).Sum(i => unit[i]));

    private static (int[] Indices, int[] Counts)[] OnePieceOfSomeUnits(
        IReadOnlyList<IReadOnlyList<(int[] Indices, int[] Counts)>> pieces, long[][] tokens, long maximumTokens)
    {
        var total = tokens.Sum(unit => Spread(unit.Length, 1).Sum(i => unit[i]));
        var share = (double)maximumTokens / total;
        var chosen = new List<(int[] Indices, int[] Counts)>();
        for (var u = 0; u < pieces.Count; u++)
        {
            // Unit u is taken when the running share crosses a whole number: about one unit in 1 / share.
            if (pieces[u].Count > 0 && Math.Floor((u + 1) * share) > Math.Floor(u * share))
            {
                chosen.Add(pieces[u][Spread(pieces[u].Count, 1).Single()]);
            }
        }

        return [.. chosen];
    }
}
