using System.Collections.Concurrent;
using GovSearch.Analysis;
using GovSearch.Schema;
using GovSearch.Thesaurus;

namespace GovSearch.Querying;

/// <summary>The user words of an index (<see cref="AnalysisOptions.UserWords"/>) and their SmartCn parts: what a query for
/// a user word falls back to (<see cref="SearchOptions.UserWordPartsWeight"/>).</summary>
internal sealed class UserWordParts : IDisposable
{
    private readonly LongestMatchFinder<bool> _finder;
    private readonly GovAnalyzer _plain;
    private readonly ConcurrentDictionary<string, string> _parts = new(StringComparer.Ordinal);

    private UserWordParts(AnalysisOptions analysis)
    {
        _finder = new LongestMatchFinder<bool>(analysis.NormalizedUserWords().ToDictionary(w => w, _ => true, StringComparer.Ordinal));
        _plain = new GovAnalyzer(analysis with { UserWords = [] }, AnalysisMode.Query);
    }

    /// <summary>The parts of the index's user words, or <see langword="null"/> when it has none.</summary>
    public static UserWordParts? For(AnalysisOptions analysis) => analysis.UserWords.Count == 0 ? null : new UserWordParts(analysis);

    /// <summary>The user words in a text: where each starts and how long it is.</summary>
    public IEnumerable<(int Start, int Length)> FindAll(string text) =>
        _finder.FindAll(GovernanceThesaurus.NormalizeKey(text)).Select(m => (m.Start, m.Length));

    /// <summary>The word's parts as SmartCn cuts it without the dictionary, separated by spaces (so the query analyzer
    /// reads them as separate words), or <see langword="null"/> when it is one word even so.</summary>
    public string? PartsOf(string word)
    {
        var parts = _parts.GetOrAdd(GovernanceThesaurus.NormalizeKey(word), w => string.Join(' ', AnalyzedTerms.Of(_plain, FieldNames.Text, w).Select(t => t.Term)));
        return parts.Contains(' ', StringComparison.Ordinal) ? parts : null;
    }

    public void Dispose() => _plain.Dispose();
}
