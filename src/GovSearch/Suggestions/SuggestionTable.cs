namespace GovSearch.Suggestions;

/// <summary>The suggestion candidates of one commit: folded keys in ordinal order beside their text, score, sources and
/// document count. A lookup finds the keys that start with the prefix by binary search and keeps the best.</summary>
internal sealed class SuggestionTable
{
    private readonly string[] _keys;
    private readonly string[] _texts;
    private readonly double[] _scores;
    private readonly SuggestionSources[] _sources;
    private readonly int[] _documents;

    /// <param name="candidates">Distinct keys; sorted here.</param>
    public SuggestionTable(IReadOnlyList<SuggestionCandidate> candidates)
    {
        var sorted = candidates.OrderBy(c => c.Key, StringComparer.Ordinal).ToArray();
        _keys = sorted.Select(c => c.Key).ToArray();
        _texts = sorted.Select(c => c.Text).ToArray();
        _scores = sorted.Select(c => c.Score).ToArray();
        _sources = sorted.Select(c => c.Sources).ToArray();
        _documents = sorted.Select(c => c.Documents).ToArray();
    }

    /// <summary>The number of candidates.</summary>
    public int Count => _keys.Length;

    /// <summary>The best candidates whose key starts with a folded prefix, from the sources the options allow.</summary>
    public IReadOnlyList<Suggestion> Lookup(string key, SuggestOptions options)
    {
        var first = LowerBound(key);
        var best = new List<int>(options.Limit + 1);
        for (var i = first; i < _keys.Length && _keys[i].StartsWith(key, StringComparison.Ordinal); i++)
        {
            if ((_sources[i] & options.Sources) == SuggestionSources.None)
            {
                continue;
            }

            if (best.Count == options.Limit && !Better(i, best[^1]))
            {
                continue;
            }

            // Insertion into a short sorted list: the limit is at most 100.
            var at = best.Count;
            while (at > 0 && Better(i, best[at - 1]))
            {
                at--;
            }

            best.Insert(at, i);
            if (best.Count > options.Limit)
            {
                best.RemoveAt(best.Count - 1);
            }
        }

        return best.Select(i => new Suggestion(_texts[i], Math.Round(_scores[i], 4), _sources[i], _documents[i])).ToArray();
    }

    /// <summary>Higher score first, then the shorter text, then ordinal order of the keys.</summary>
    private bool Better(int a, int b)
    {
        if (_scores[a] != _scores[b])
        {
            return _scores[a] > _scores[b];
        }

        if (_keys[a].Length != _keys[b].Length)
        {
            return _keys[a].Length < _keys[b].Length;
        }

        return string.CompareOrdinal(_keys[a], _keys[b]) < 0;
    }

    private int LowerBound(string key)
    {
        int low = 0, high = _keys.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(_keys[middle], key) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
