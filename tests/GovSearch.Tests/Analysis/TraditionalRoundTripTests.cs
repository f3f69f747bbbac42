using GovSearch.Analysis;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Analysis;

/// <summary>
/// Governance text converted to traditional Chinese by an independent converter (OpenCC) and back by the normalizer
/// comes back as the normalized simplified text, character for character: what a traditional query needs to match the
/// index as its simplified twin does.
/// </summary>
public sealed class TraditionalRoundTripTests
{
    /// <summary>At most one character in this many may fail to come back (OpenCC's own phrase choices differ now and then).</summary>
    private const int CharactersPerAllowedMismatch = 10_000;

    [OpenCcFact]
    public async Task DevText_ConvertedByOpenCc_NormalizesToItsSimplifiedForm()
    {
        var lines = (await CorpusReader.LoadAsync("dev.jsonl"))
            .Where(d => d.Language == "zh")
            .SelectMany(d => new[] { d.Title }.Concat(d.Text.Split(['\r', '\n'])))
            .Where(line => line.Trim().Length > 0)
            .ToList();
        using var folder = new TempFolder();

        foreach (var config in new[] { "s2t", "s2tw" })
        {
            var traditional = OpenCc.Convert(lines, config, folder.Path);
            var (characters, mismatches) = Compare(lines, traditional);

            Assert.True(characters > 100_000, $"dev.jsonl gave only {characters} characters of Chinese text.");
            Assert.True(mismatches.Sum(m => m.Value) * CharactersPerAllowedMismatch <= characters,
                $"{config}: {mismatches.Sum(m => m.Value)} of {characters} characters did not come back: "
                + string.Join("; ", mismatches.OrderByDescending(m => m.Value).Take(10).Select(m => $"{m.Key} ×{m.Value}")));
        }
    }

    /// <summary>Counts, by (traditional → normalized, wanted) pair, the characters where the normalized traditional
    /// line differs from the normalized simplified one.</summary>
    private static (int Characters, Dictionary<string, int> Mismatches) Compare(List<string> simplified, List<string> traditional)
    {
        var mismatches = new Dictionary<string, int>(StringComparer.Ordinal);
        var characters = 0;
        for (var i = 0; i < simplified.Count; i++)
        {
            var wanted = TextNormalizer.Normalize(simplified[i]);
            var got = TextNormalizer.Normalize(traditional[i]);
            Assert.True(wanted.Length == got.Length, $"OpenCC changed the length of line {i + 1}: {simplified[i]}");
            characters += wanted.Length;
            for (var c = 0; c < wanted.Length; c++)
            {
                if (wanted[c] != got[c])
                {
                    var key = $"{traditional[i][c]}→{got[c]} (wanted {wanted[c]} in {wanted.Substring(Math.Max(0, c - 2), Math.Min(5, wanted.Length - Math.Max(0, c - 2)))})";
                    mismatches[key] = mismatches.GetValueOrDefault(key) + 1;
                }
            }
        }

        return (characters, mismatches);
    }
}
