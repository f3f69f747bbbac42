using System.Globalization;
using GovSearch.Analysis;
using GovSearch.Analytics;
using Xunit.Abstractions;

namespace GovSearch.Tests.Analytics;

/// <summary>
/// Usage counted from the index's positions equals a brute-force count over the corpus text: for Han phrases, every
/// place the phrase stands in the text (traditional folded to simplified); for other phrases, every place the text's
/// own analyzed words hold the phrase's words at their relative positions. Checked per document, per year and in all,
/// for chosen formulations and for Han substrings drawn at random (seeded) from the texts, whose word boundaries fall
/// anywhere.
/// </summary>
[Collection(UsageCorpusCollection.Name)]
public sealed class UsageBruteForceTests(UsageCorpusFixture corpus, ITestOutputHelper output)
{
    private static readonly string[] Chosen =
    [
        "国家治理体系和治理能力现代化", "依法治国", "治理", "法治", "人民代表大会", "數據安全", "中华人民共和国", "生态文明", "一带一路",
        "的", "高质量发展", "rule of law", "economic growth", "human rights", "the people", "Congress", "5G网络",
    ];

    [Fact]
    public async Task Usage_EqualsBruteForceCount_ForChosenAndRandomPhrases()
    {
        var phrases = Chosen.Concat(RandomHanPhrases(corpus.Documents, 40, seed: 15)).ToList();
        using var analyzer = new GovAnalyzer(AnalysisOptions.Default, AnalysisMode.Index);
        var texts = corpus.Documents.Select(d => TextNormalizer.Normalize(d.Text)).ToList();
        var tokens = corpus.Documents.Select(d => Tokens(analyzer, d.Text)).ToList();
        long checkedOccurrences = 0;
        foreach (var batch in phrases.Chunk(UsageOptions.MaximumPhrases))
        {
            var report = await corpus.Index.GetUsageAsync(batch);
            foreach (var usage in report.Phrases)
            {
                var expected = corpus.Documents.Select((d, i) => (Document: d, Count: usage.Matching == PhraseMatching.Characters
                    ? CountCharacters(texts[i], TextNormalizer.Normalize(usage.Phrase.Trim()))
                    : CountWords(tokens[i], Tokens(analyzer, usage.Phrase)))).Where(e => e.Count > 0).ToList();
                Assert.True(expected.Sum(e => e.Count) == usage.Occurrences, $"'{usage.Phrase}': index {usage.Occurrences}, brute force {expected.Sum(e => e.Count)}");
                Assert.Equal(expected.Count, usage.Documents);
                foreach (var row in usage.Rows)
                {
                    var inYear = expected.Where(e => e.Document.Date?.Year.ToString("D4", CultureInfo.InvariantCulture) == row.Key).ToList();
                    Assert.True(inYear.Sum(e => e.Count) == row.Occurrences, $"'{usage.Phrase}' in {row.Key}: index {row.Occurrences}, brute force {inYear.Sum(e => e.Count)}");
                    Assert.Equal(inYear.Count, row.Documents);
                }

                var dated = expected.Where(e => e.Document.Date is not null)
                    .OrderBy(e => e.Document.Date!.Value.SortKey).ThenBy(e => e.Document.Id, StringComparer.Ordinal).ToList();
                Assert.Equal(dated.FirstOrDefault().Document?.Id, usage.FirstUse?.Id);
                Assert.Equal(dated.LastOrDefault().Document?.Id, dated.Count == 0 ? null : usage.LastUse?.Id);
                checkedOccurrences += usage.Occurrences;
            }
        }

        output.WriteLine($"{corpus.File}: {phrases.Count} phrases, {checkedOccurrences:N0} occurrences, index and brute force equal.");
        Assert.True(checkedOccurrences > 0);
    }

    [Fact]
    public async Task Usage_CharactersAndRowsAddUp()
    {
        var usage = (await corpus.Index.GetUsageAsync(["依法治国"])).Phrases[0];
        Assert.Equal(corpus.Documents.Sum(d => (long)d.Text.Length), usage.Characters);
        Assert.Equal(corpus.Documents.Where(d => d.Date is not null).Sum(d => (long)d.Text.Length), usage.Rows.Sum(r => r.Characters));
        Assert.All(usage.Rows, r => Assert.Equal(r.Occurrences * 1_000_000.0 / r.Characters, r.PerMillionCharacters, 9));
        Assert.Equal(usage.Rows.Select(r => r.Key).Order(StringComparer.Ordinal), usage.Rows.Select(r => r.Key));
    }

    /// <summary>Han substrings of 2 to 8 characters, drawn from random places of random documents.</summary>
    private static IEnumerable<string> RandomHanPhrases(IReadOnlyList<GovDocument> documents, int count, int seed)
    {
        var random = new Random(seed);
        var found = new List<string>();
        while (found.Count < count)
        {
            var text = documents[random.Next(documents.Count)].Text;
            var length = random.Next(2, 9);
            if (text.Length <= length)
            {
                continue;
            }

            var start = random.Next(text.Length - length);
            var piece = text.Substring(start, length);
            if (piece.All(CharClass.IsHan))
            {
                found.Add(piece);
            }
        }

        return found;
    }

    private static int CountCharacters(string text, string phrase)
    {
        var count = 0;
        for (var i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Places where every phrase word stands at its relative position among the text's words.</summary>
    private static int CountWords(List<(string Term, int Position)> text, List<(string Term, int Position)> phrase)
    {
        var at = text.ToLookup(t => t.Position, t => t.Term);
        var first = phrase[0].Position;
        return text.Where(t => t.Term == phrase[0].Term).Select(t => t.Position).Distinct()
            .Count(p => phrase.All(w => at[p + w.Position - first].Contains(w.Term)));
    }

    private static List<(string Term, int Position)> Tokens(GovAnalyzer analyzer, string text) => AnalyzedTerms.Of(analyzer, "text", text);
}
