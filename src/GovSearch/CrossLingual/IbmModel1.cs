namespace GovSearch.CrossLingual;

/// <summary>
/// IBM Model 1 (Brown et al. 1993): the probability t(f | e) that source word e translates as target word f, learned
/// by expectation maximisation from sentence pairs, with a NULL source word in every sentence for target words
/// that translate nothing.
/// </summary>
/// <remarks>
/// The table is sparse: a pair (e, f) has a probability only when the two words share a sentence pair. Training
/// starts uniform, so the result depends only on the pairs and the number of iterations (no seed, one thread).
/// </remarks>
internal sealed class IbmModel1
{
    /// <summary>The source word every sentence holds, which target words align to when they translate nothing.</summary>
    public const string Null = "<NULL>";

    private readonly Dictionary<string, Dictionary<string, double>> _probabilities;

    private IbmModel1(Dictionary<string, Dictionary<string, double>> probabilities) => _probabilities = probabilities;

    /// <summary>The source words with a translation, <see cref="Null"/> among them.</summary>
    public IEnumerable<string> SourceWords => _probabilities.Keys;

    /// <summary>t(f | e): the probability that <paramref name="source"/> translates as <paramref name="target"/>; 0 when they never met.</summary>
    public double Probability(string source, string target) =>
        _probabilities.TryGetValue(source, out var row) && row.TryGetValue(target, out var p) ? p : 0;

    /// <summary>The translations of a source word with their probabilities (empty when unseen).</summary>
    public IReadOnlyDictionary<string, double> Translations(string source) =>
        _probabilities.TryGetValue(source, out var row) ? row : new Dictionary<string, double>();

    /// <summary>Trains the model on sentence pairs.</summary>
    /// <param name="pairs">Source and target words of each sentence pair; pairs with an empty side are skipped.</param>
    /// <param name="iterations">EM iterations, 1 to 100.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="iterations"/> is outside 1 to 100.</exception>
    public static IbmModel1 Train(IReadOnlyList<(IReadOnlyList<string> Source, IReadOnlyList<string> Target)> pairs, int iterations)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(iterations, 100);

        var sourceIds = new Dictionary<string, int>(StringComparer.Ordinal) { [Null] = 0 };
        var targetIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var slotIds = new Dictionary<long, int>();
        var slotSource = new List<int>();
        var slotTarget = new List<int>();

        // Each kept pair becomes, for each target word, the slots (e, f) of its sentence's source words and NULL.
        var sentences = new List<(int SourceLength, int[] Slots)>();
        foreach (var (source, target) in pairs)
        {
            if (source.Count == 0 || target.Count == 0)
            {
                continue;
            }

            var e = new int[source.Count + 1];
            for (var i = 0; i < source.Count; i++)
            {
                e[i + 1] = Id(sourceIds, source[i]);
            }

            var slots = new int[target.Count * e.Length];
            for (var j = 0; j < target.Count; j++)
            {
                var f = Id(targetIds, target[j]);
                for (var i = 0; i < e.Length; i++)
                {
                    var key = ((long)e[i] << 32) | (uint)f;
                    if (!slotIds.TryGetValue(key, out var slot))
                    {
                        slot = slotIds.Count;
                        slotIds.Add(key, slot);
                        slotSource.Add(e[i]);
                        slotTarget.Add(f);
                    }

                    slots[(j * e.Length) + i] = slot;
                }
            }

            sentences.Add((e.Length, slots));
        }

        var probability = new double[slotIds.Count];
        Array.Fill(probability, 1.0 / Math.Max(1, targetIds.Count));
        var counts = new double[slotIds.Count];
        var totals = new double[sourceIds.Count];
        var sourceOfSlot = slotSource.ToArray();
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Array.Clear(counts);
            Array.Clear(totals);
            foreach (var (width, slots) in sentences)
            {
                for (var start = 0; start < slots.Length; start += width)
                {
                    var denominator = 0.0;
                    for (var i = start; i < start + width; i++)
                    {
                        denominator += probability[slots[i]];
                    }

                    for (var i = start; i < start + width; i++)
                    {
                        var share = probability[slots[i]] / denominator;
                        counts[slots[i]] += share;
                        totals[sourceOfSlot[slots[i]]] += share;
                    }
                }
            }

            for (var slot = 0; slot < probability.Length; slot++)
            {
                probability[slot] = counts[slot] / totals[sourceOfSlot[slot]];
            }
        }

        var sourceWords = new string[sourceIds.Count];
        foreach (var (word, id) in sourceIds)
        {
            sourceWords[id] = word;
        }

        var targetWords = new string[targetIds.Count];
        foreach (var (word, id) in targetIds)
        {
            targetWords[id] = word;
        }

        var table = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        for (var slot = 0; slot < probability.Length; slot++)
        {
            var source = sourceWords[sourceOfSlot[slot]];
            if (!table.TryGetValue(source, out var row))
            {
                row = new Dictionary<string, double>(StringComparer.Ordinal);
                table.Add(source, row);
            }

            row[targetWords[slotTarget[slot]]] = probability[slot];
        }

        return new IbmModel1(table);
    }

    private static int Id(Dictionary<string, int> ids, string word)
    {
        if (!ids.TryGetValue(word, out var id))
        {
            id = ids.Count;
            ids.Add(word, id);
        }

        return id;
    }
}
