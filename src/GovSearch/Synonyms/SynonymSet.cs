using GovSearch.Thesaurus;

namespace GovSearch.Synonyms;

/// <summary>
/// The user's synonyms in force for an index: read from its synonym files, immutable, swapped whole when the files are
/// read again, so a search sees the old set or the new one and never half of each.
/// </summary>
internal sealed class SynonymSet
{
    private readonly LongestMatchFinder<List<SynonymTarget>> _finder;

    private SynonymSet(IReadOnlyList<string> files, Dictionary<string, List<SynonymTarget>> table, int rules)
    {
        Files = files;
        Rules = rules;
        _finder = new LongestMatchFinder<List<SynonymTarget>>(table);
        IsEmpty = table.Count == 0;
    }

    /// <summary>No synonyms.</summary>
    public static SynonymSet Empty { get; } = new([], new Dictionary<string, List<SynonymTarget>>(StringComparer.Ordinal), 0);

    /// <summary>The files read, in order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>How many rules (lines) the files hold.</summary>
    public int Rules { get; }

    /// <summary>Whether there is nothing to expand.</summary>
    public bool IsEmpty { get; }

    /// <summary>Reads the files.</summary>
    /// <exception cref="DictionaryFileException">A file is missing or unreadable, or a line is malformed.</exception>
    public static SynonymSet Read(IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            return Empty;
        }

        var (table, rules) = SynonymFile.Read(files);
        return new SynonymSet(files.ToArray(), table, rules);
    }

    /// <summary>The keys in a text, scanning left to right, longest first (as the governance thesaurus finds its phrases).</summary>
    /// <param name="text">The text as the user typed it.</param>
    /// <returns>Where each key starts and how long it is in <paramref name="text"/>, and its synonyms.</returns>
    public List<(List<SynonymTarget> Targets, int Start, int Length)> FindAll(string text) =>
        IsEmpty ? [] : _finder.FindAll(GovernanceThesaurus.NormalizeKey(text));
}
