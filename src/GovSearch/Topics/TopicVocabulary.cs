using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace GovSearch.Topics;

/// <summary>
/// The words a topic model knows, each with a fixed index, and the mapping of a unit's tokens to integer counts
/// per word (the input LDA needs).
/// </summary>
/// <remarks>
/// Built from the training units: a word enters when it occurs in at least
/// <see cref="TopicModelOptions.MinimumDocumentFrequency"/> units and in no more than
/// <see cref="TopicModelOptions.MaximumDocumentFrequencyShare"/> of them. When more words qualify than
/// <see cref="TopicModelOptions.MaximumVocabularySize"/>, those with the most occurrences are kept, ties broken by
/// ordinal order. Indices follow the same order, most frequent word first, so the same corpus always gives the same
/// vocabulary. That order matters: LightLDA's sampler assumes it. With indices in ordinal order instead, topics came
/// out grouped by spelling on dev.jsonl: one English topic was "area articl administr achiev agricultur ...", and
/// Chinese topics gathered words whose first characters lie close together in Unicode.
/// </remarks>
internal sealed class TopicVocabulary
{
    private readonly string[] _terms;
    private readonly int[] _documentFrequencies;
    private readonly long[] _frequencies;
    private readonly FrozenDictionary<string, int> _indices;

    private TopicVocabulary(string[] terms, int[] documentFrequencies, long[] frequencies, int documentCount)
    {
        _terms = terms;
        _documentFrequencies = documentFrequencies;
        _frequencies = frequencies;
        DocumentCount = documentCount;
        _indices = terms.Select((term, index) => KeyValuePair.Create(term, index)).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The number of words.</summary>
    public int Count => _terms.Length;

    /// <summary>The words, by index: most frequent first, ties in ordinal order.</summary>
    public IReadOnlyList<string> Terms => _terms;

    /// <summary>For each word, the number of training units it occurs in.</summary>
    public IReadOnlyList<int> DocumentFrequencies => _documentFrequencies;

    /// <summary>For each word, its number of occurrences in the training units.</summary>
    public IReadOnlyList<long> Frequencies => _frequencies;

    /// <summary>The number of units the vocabulary was built from.</summary>
    public int DocumentCount { get; }

    /// <summary>Builds the vocabulary of a set of units with the pruning settings of <paramref name="options"/>.</summary>
    public static TopicVocabulary Build(IEnumerable<IReadOnlyList<string>> units, TopicModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        // One entry a word: its occurrences, its units, and the last unit counted (to count each unit once).
        var words = new Dictionary<string, (long Frequency, int DocumentFrequency, int LastUnit)>(StringComparer.Ordinal);
        var documentCount = 0;
        foreach (var tokens in units)
        {
            documentCount++;
            foreach (var token in tokens)
            {
                ref var word = ref CollectionsMarshal.GetValueRefOrAddDefault(words, token, out _);
                word.Frequency++;
                if (word.LastUnit != documentCount)
                {
                    word.LastUnit = documentCount;
                    word.DocumentFrequency++;
                }
            }
        }

        var maximumDocumentFrequency = options.MaximumDocumentFrequencyShare * documentCount;
        var kept = words
            .Where(p => p.Value.DocumentFrequency >= options.MinimumDocumentFrequency && p.Value.DocumentFrequency <= maximumDocumentFrequency)
            .OrderByDescending(p => p.Value.Frequency)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(options.MaximumVocabularySize)
            .ToArray();

        return new TopicVocabulary(
            kept.Select(p => p.Key).ToArray(),
            kept.Select(p => p.Value.DocumentFrequency).ToArray(),
            kept.Select(p => p.Value.Frequency).ToArray(),
            documentCount);
    }

    /// <summary>Rebuilds a saved vocabulary.</summary>
    /// <exception cref="FormatException">The words are not distinct, non-empty and in the order <see cref="Build"/> gives,
    /// or the lists differ in length.</exception>
    public static TopicVocabulary FromSaved(IReadOnlyList<string> terms, IReadOnlyList<int> documentFrequencies, IReadOnlyList<long> frequencies, int documentCount)
    {
        if (terms.Count != documentFrequencies.Count || terms.Count != frequencies.Count)
        {
            throw new FormatException("The vocabulary's word and frequency lists differ in length.");
        }

        for (var i = 0; i < terms.Count; i++)
        {
            if (string.IsNullOrEmpty(terms[i]) || frequencies[i] < 1 || documentFrequencies[i] < 1
                || (i > 0 && (frequencies[i - 1] < frequencies[i]
                    || (frequencies[i - 1] == frequencies[i] && string.CompareOrdinal(terms[i - 1], terms[i]) >= 0))))
            {
                throw new FormatException($"The vocabulary's word {i} is empty, repeated or out of order.");
            }
        }

        return new TopicVocabulary([.. terms], [.. documentFrequencies], [.. frequencies], documentCount);
    }

    /// <summary>The index of a word, or -1 when the word is not in the vocabulary.</summary>
    public int IndexOf(string term) => _indices.TryGetValue(term, out var index) ? index : -1;

    /// <summary>
    /// Counts a unit's tokens by word: the indices of the words present, in increasing order, and how often each
    /// occurs. Tokens outside the vocabulary are left out.
    /// </summary>
    public (int[] Indices, int[] Counts) CountTokens(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return CountIndices(tokens.Select(IndexOf).Where(i => i >= 0).ToArray());
    }

    /// <summary>
    /// Cuts a unit into consecutive pieces of at most <paramref name="maximumTokens"/> vocabulary tokens, in text order
    /// and as even in size as possible, and counts each piece by word (as <see cref="CountTokens"/> does). A unit with no
    /// vocabulary token gives no piece; one within the limit gives one.
    /// </summary>
    public IReadOnlyList<(int[] Indices, int[] Counts)> CountPieces(IReadOnlyList<string> tokens, int maximumTokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumTokens, 1);
        var known = tokens.Select(IndexOf).Where(i => i >= 0).ToArray();
        var pieceCount = (known.Length + maximumTokens - 1) / maximumTokens;
        var pieces = new (int[] Indices, int[] Counts)[pieceCount];
        var start = 0;
        for (var p = 0; p < pieceCount; p++)
        {
            // The first (length % pieceCount) pieces take one token more than the rest.
            var size = (known.Length / pieceCount) + (p < known.Length % pieceCount ? 1 : 0);
            pieces[p] = CountIndices(known.AsSpan(start, size));
            start += size;
        }

        return pieces;
    }

    /// <summary>
    /// The joint pieces of two aligned units (a text and its translation): each unit's vocabulary tokens cut into the
    /// same number of consecutive, even parts, and part i of one joined with part i of the other, so that LDA sees the
    /// two languages' words of the same stretch of text in one document. Each part holds at most half of
    /// <paramref name="maximumTokens"/> tokens, so a joint piece fits the engine's limit whole. Empty when either
    /// unit has no vocabulary token.
    /// </summary>
    public IReadOnlyList<(int[] Indices, int[] Counts)> CountJointPieces(IReadOnlyList<string> first, IReadOnlyList<string> second, int maximumTokens)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumTokens, 2);
        var a = first.Select(IndexOf).Where(i => i >= 0).ToArray();
        var b = second.Select(IndexOf).Where(i => i >= 0).ToArray();
        if (a.Length == 0 || b.Length == 0)
        {
            return [];
        }

        var half = maximumTokens / 2;
        var pieceCount = (Math.Max(a.Length, b.Length) + half - 1) / half;
        var pieces = new (int[] Indices, int[] Counts)[pieceCount];
        for (var p = 0; p < pieceCount; p++)
        {
            pieces[p] = CountIndices([.. Part(a, p, pieceCount), .. Part(b, p, pieceCount)]);
        }

        return pieces;

        static ReadOnlySpan<int> Part(int[] tokens, int part, int parts)
        {
            var start = (int)((long)tokens.Length * part / parts);
            var end = (int)((long)tokens.Length * (part + 1) / parts);
            return tokens.AsSpan(start, end - start);
        }
    }

    private static (int[] Indices, int[] Counts) CountIndices(ReadOnlySpan<int> indices)
    {
        var sorted = indices.ToArray();
        Array.Sort(sorted);
        var words = new List<int>();
        var counts = new List<int>();
        foreach (var index in sorted)
        {
            if (words.Count > 0 && words[^1] == index)
            {
                counts[^1]++;
            }
            else
            {
                words.Add(index);
                counts.Add(1);
            }
        }

        return ([.. words], [.. counts]);
    }
}
