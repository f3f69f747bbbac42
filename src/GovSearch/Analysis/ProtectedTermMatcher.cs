namespace GovSearch.Analysis;

/// <summary>Finds protected formulations (and user words) in normalized Han text: longest match first.</summary>
/// <remarks>Per first character, the distinct lengths of its terms, longest first; a candidate is looked up in one set
/// of all terms by span, so a lookup costs one hash per length however many terms share the first character.</remarks>
internal sealed class ProtectedTermMatcher
{
    private readonly bool[] _isFirst = new bool[char.MaxValue + 1];
    private readonly Dictionary<char, int[]> _lengthsByFirst;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _terms;

    public ProtectedTermMatcher(IEnumerable<string> normalizedTerms)
    {
        var terms = new HashSet<string>(normalizedTerms, StringComparer.Ordinal);
        _terms = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        _lengthsByFirst = terms
            .GroupBy(t => t[0])
            .ToDictionary(g => g.Key, g => g.Select(t => t.Length).Distinct().OrderDescending().ToArray());
        foreach (var first in _lengthsByFirst.Keys)
        {
            _isFirst[first] = true;
        }
    }

    /// <summary>True when no term is protected.</summary>
    public bool IsEmpty => _lengthsByFirst.Count == 0;

    /// <summary>The length of the longest protected term starting at <paramref name="start"/>, or 0.</summary>
    public int LongestAt(char[] buffer, int start, int end)
    {
        if (!_isFirst[buffer[start]])
        {
            return 0;
        }

        foreach (var length in _lengthsByFirst[buffer[start]])
        {
            if (length <= end - start && _terms.Contains(buffer.AsSpan(start, length)))
            {
                return length;
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

        foreach (var length in _lengthsByFirst[buffer[start]])
        {
            if (length <= end - start && _terms.Contains(buffer.AsSpan(start, length)))
            {
                lengths.Add(length);
            }
        }
    }
}
