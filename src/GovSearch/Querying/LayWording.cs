namespace GovSearch.Querying;

/// <summary>
/// What the thesaurus expansion of one compilation has added so far: the legal alternatives (to name one that a second
/// phrase adds again), and their terms, each once, with the quality of the best match that gave it, for
/// <see cref="Ranking.LayTermCoverage"/>.
/// </summary>
internal sealed class LayWording
{
    private readonly HashSet<string> _alternatives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _at = new(StringComparer.Ordinal);
    private readonly List<LayTerm> _terms = [];

    /// <summary>Whether an earlier phrase already added this alternative.</summary>
    public bool Has(string alternative) => _alternatives.Contains(alternative);

    /// <summary>Records an added alternative and its terms at the match's quality (the higher one where a term repeats).</summary>
    public void Add(string alternative, IEnumerable<string> terms, float quality)
    {
        _alternatives.Add(alternative);
        var chinese = alternative.Any(Analysis.CharClass.IsHan);
        foreach (var term in terms)
        {
            if (_at.TryGetValue(term, out var i))
            {
                _terms[i] = _terms[i] with { Quality = Math.Max(_terms[i].Quality, quality) };
                continue;
            }

            _at[term] = _terms.Count;
            _terms.Add(new LayTerm(term, quality, chinese));
        }
    }

    /// <summary>The terms added, in the order they were first added, less <paramref name="own"/> (the user's own terms, which the query already scores).</summary>
    public List<LayTerm> TermsExcept(IReadOnlyCollection<string> own)
    {
        var ownSet = own as ISet<string> ?? new HashSet<string>(own, StringComparer.Ordinal);
        return _terms.Where(t => t.Term.Length > 0 && !ownSet.Contains(t.Term)).ToList();
    }
}
