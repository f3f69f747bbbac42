namespace GovSearch.Analysis;

/// <summary>Finds protected formulations in normalized Han text: longest match first.</summary>
internal sealed class ProtectedTermMatcher
{
    private readonly bool[] _isFirst = new bool[char.MaxValue + 1];
    private readonly Dictionary<char, string[]> _byFirst;

    public ProtectedTermMatcher(IEnumerable<string> normalizedTerms)
    {
        _byFirst = normalizedTerms
            .Distinct(StringComparer.Ordinal)
            .GroupBy(t => t[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToArray());
        foreach (var first in _byFirst.Keys)
        {
            _isFirst[first] = true;
        }
    }

    /// <summary>True when no term is protected.</summary>
    public bool IsEmpty => _byFirst.Count == 0;

    /// <summary>The length of the longest protected term starting at <paramref name="start"/>, or 0.</summary>
    public int LongestAt(char[] buffer, int start, int end)
    {
        if (!_isFirst[buffer[start]])
        {
            return 0;
        }

        var span = buffer.AsSpan(start, end - start);
        foreach (var term in _byFirst[buffer[start]])
        {
            if (span.StartsWith(term.AsSpan()))
            {
                return term.Length;
            }
        }

        return 0;
    }

    /// <summary>Adds to <paramref name="lengths"/> the length of every protected term starting at <paramref name="start"/>, longest first.</summary>
    public void AllAt(char[] buffer, int start, int end, List<int> lengths)
    {
        if (!_isFirst[buffer[start]])
        {
            return;
        }

        var span = buffer.AsSpan(start, end - start);
        foreach (var term in _byFirst[buffer[start]])
        {
            if (span.StartsWith(term.AsSpan()))
            {
                lengths.Add(term.Length);
            }
        }
    }
}
