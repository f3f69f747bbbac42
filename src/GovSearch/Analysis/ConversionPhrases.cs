namespace GovSearch.Analysis;

/// <summary>
/// The phrases of TraditionalPhrases.tsv, applied to text the character table has already mapped: at each position the
/// longest phrase that matches is replaced by its target (same length), and the scan goes on after it.
/// </summary>
internal sealed class ConversionPhrases
{
    /// <summary>For each first character, its phrases, longest first (null when none starts with it).</summary>
    private readonly (string Key, string Target)[]?[] _byFirst;

    private ConversionPhrases((string Key, string Target)[]?[] byFirst, int count)
    {
        _byFirst = byFirst;
        Count = count;
    }

    /// <summary>How many phrases the table holds.</summary>
    public int Count { get; }

    /// <summary>
    /// Builds the table. Each source is turned into its key with <paramref name="map"/> (the text the phrases see has
    /// been mapped already); source and target must have the same length, and one key may have one target.
    /// </summary>
    /// <exception cref="InvalidOperationException">A line breaks those rules (the message names the resource and the line).</exception>
    public static ConversionPhrases Build(IEnumerable<(string Source, string Target)> pairs, char[] map, string resource)
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (source, target) in pairs)
        {
            if (source.Length != target.Length)
            {
                throw new InvalidOperationException($"{resource}: the phrase {source} and its target {target} must have the same length.");
            }

            var key = string.Create(source.Length, source, (span, s) =>
            {
                for (var i = 0; i < s.Length; i++)
                {
                    span[i] = map[s[i]];
                }
            });
            if (!byKey.TryAdd(key, target) && byKey[key] != target)
            {
                throw new InvalidOperationException($"{resource}: the phrase {source} is listed twice with different targets.");
            }
        }

        var byFirst = new (string Key, string Target)[]?[char.MaxValue + 1];
        foreach (var group in byKey.GroupBy(p => p.Key[0]))
        {
            byFirst[group.Key] = group.OrderByDescending(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => (p.Key, p.Value)).ToArray();
        }

        return new ConversionPhrases(byFirst, byKey.Count);
    }

    /// <summary>Replaces every phrase in <paramref name="text"/>, in place.</summary>
    public void Apply(Span<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var step = 1;
            if (_byFirst[text[i]] is { } candidates)
            {
                foreach (var (key, target) in candidates)
                {
                    if (key.Length <= text.Length - i && text.Slice(i, key.Length).SequenceEqual(key))
                    {
                        target.CopyTo(text[i..]);
                        step = key.Length;
                        break;
                    }
                }
            }

            i += step;
        }
    }
}
