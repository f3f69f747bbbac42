using System.Text;
using GovSearch.Analysis;
using ICU4N.Text;

namespace GovSearch.Tests.Analysis;

/// <summary>The embedded traditional-to-simplified table is exactly what ICU gives, with the documented corrections
/// (the hand-written TraditionalPhrases.tsv on top of it is tested by ConversionPhraseTests).</summary>
public sealed class TraditionalTableTests
{
    [Fact]
    public void EmbeddedTable_MatchesIcuTransliteratorWithCorrections()
    {
        var ideographs = TextNormalizer.Ideographs().ToList();
        var expected = FromIcu(ideographs);
        var map = TextNormalizer.IcuMap;

        var differences = ideographs.Where(c => map[c] != expected[c]).Select(c => $"{c}: table {map[c]}, ICU {expected[c]}").ToList();

        Assert.True(differences.Count == 0,
            $"TraditionalToSimplified.tsv differs from ICU in {differences.Count} characters (first: {string.Join("; ", differences.Take(5))}). Regenerate it from ICU.");
        Assert.Equal(2845, ideographs.Count(c => map[c] != c));
    }

    /// <summary>ICU's mapping of each ideograph, less <see cref="TextNormalizer.KeptAsWritten"/>, with chains followed.</summary>
    private static Dictionary<char, char> FromIcu(List<char> ideographs)
    {
        var joined = new StringBuilder();
        foreach (var c in ideographs)
        {
            joined.Append(c).Append('\n');
        }

        var converted = Transliterator.GetInstance("Traditional-Simplified").Transliterate(joined.ToString()).Split('\n');
        var map = ideographs.ToDictionary(c => c, c => c);
        for (var i = 0; i < ideographs.Count; i++)
        {
            if (converted[i].Length == 1 && converted[i][0] != ideographs[i] && !TextNormalizer.KeptAsWritten.Contains(ideographs[i], StringComparison.Ordinal))
            {
                map[ideographs[i]] = converted[i][0];
            }
        }

        foreach (var source in ideographs)
        {
            var target = map[source];
            for (var steps = 0; map.TryGetValue(target, out var next) && next != target && steps < 8; steps++)
            {
                target = next;
            }

            map[source] = !map.TryGetValue(target, out var end) || end == target ? target : source;
        }

        return map;
    }
}
