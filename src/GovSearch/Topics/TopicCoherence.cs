namespace GovSearch.Topics;

/// <summary>
/// Measures topic coherence as normalized pointwise mutual information (NPMI) of each topic's top words, counted
/// by co-occurrence in the same unit, against a baseline of random word sets from the same vocabulary.
/// </summary>
/// <remarks>
/// For two words i and j over N units: P(i) = units containing i / N, P(i, j) = units containing both / N, and
/// NPMI = log(P(i, j) / (P(i) P(j))) / -log P(i, j): 1 when the words always occur together, 0 when independent,
/// -1 when they never meet. A set's coherence is the average over its pairs; a model's, the average over its topics.
/// </remarks>
internal static class TopicCoherence
{
    /// <summary>The top words per topic that are scored.</summary>
    public const int WordsPerTopic = 10;

    /// <summary>The random word sets averaged for the baseline.</summary>
    public const int RandomSetCount = 200;

    /// <summary>Scores a model's topics over units (usually its training units) and draws the random baseline with a fixed seed.</summary>
    public static TopicCoherenceResult Measure(TopicModel model, IReadOnlyList<IReadOnlyList<string>> units, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(units);
        var topicSets = model.Table.Words.Select(words => (IReadOnlyList<string>)words.Take(WordsPerTopic).Select(w => w.Word).ToArray()).ToArray();
        var setSize = Math.Min(WordsPerTopic, model.Vocabulary.Count);
        var randomSets = RandomWordSets(model.Vocabulary.Terms, setSize, RandomSetCount, seed);
        var perTopic = Score(topicSets, units);
        var baseline = Score(randomSets, units);
        return new TopicCoherenceResult(perTopic, perTopic.Average(), baseline.Average());
    }

    /// <summary>The average NPMI over the pairs of each word set, in order; a set of fewer than two words scores 0.</summary>
    public static double[] Score(IReadOnlyList<IReadOnlyList<string>> wordSets, IReadOnlyList<IReadOnlyList<string>> units)
    {
        ArgumentNullException.ThrowIfNull(wordSets);
        ArgumentNullException.ThrowIfNull(units);
        var wanted = wordSets.SelectMany(s => s).ToHashSet(StringComparer.Ordinal);
        var postings = wanted.ToDictionary(w => w, _ => new HashSet<int>(), StringComparer.Ordinal);
        for (var u = 0; u < units.Count; u++)
        {
            foreach (var token in units[u])
            {
                if (postings.TryGetValue(token, out var list))
                {
                    list.Add(u);
                }
            }
        }

        double n = units.Count;
        return wordSets.Select(set =>
        {
            var total = 0.0;
            var pairs = 0;
            for (var i = 0; i < set.Count; i++)
            {
                for (var j = i + 1; j < set.Count; j++)
                {
                    total += Npmi(postings[set[i]], postings[set[j]], n);
                    pairs++;
                }
            }

            return pairs == 0 ? 0 : total / pairs;
        }).ToArray();
    }

    /// <summary><paramref name="setCount"/> sets of <paramref name="setSize"/> distinct words drawn uniformly from a vocabulary with a fixed seed.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> RandomWordSets(IReadOnlyList<string> vocabulary, int setSize, int setCount, int seed)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(setSize, vocabulary.Count);
        var random = new Random(seed);
        var pool = vocabulary.ToArray();
        var sets = new List<IReadOnlyList<string>>(setCount);
        for (var s = 0; s < setCount; s++)
        {
            // A partial Fisher–Yates shuffle: the first setSize places get distinct random words.
            for (var i = 0; i < setSize; i++)
            {
                var j = random.Next(i, pool.Length);
                (pool[i], pool[j]) = (pool[j], pool[i]);
            }

            sets.Add(pool[..setSize]);
        }

        return sets;
    }

    private static double Npmi(HashSet<int> first, HashSet<int> second, double n)
    {
        var both = first.Count <= second.Count ? first.Count(second.Contains) : second.Count(first.Contains);
        if (both == 0 || n == 0)
        {
            return -1;
        }

        var joint = both / n;
        if (joint >= 1)
        {
            return 1;
        }

        return Math.Log(joint / ((first.Count / n) * (second.Count / n))) / -Math.Log(joint);
    }
}
