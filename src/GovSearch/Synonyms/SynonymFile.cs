using System.Globalization;
using System.Text;
using GovSearch.Thesaurus;
using GovSearch.UserDictionaries;

namespace GovSearch.Synonyms;

/// <summary>
/// Reads synonym files in Solr's format: <c>a, b, c</c> (each term a synonym of the others) and <c>a, b =&gt; c, d</c>
/// (a and b also search for c and d, not the other way), <c>#</c> comments, blank lines, and a backslash that makes the
/// next character plain (<c>\,</c>, <c>\=</c>, <c>\#</c>, <c>\\</c>).
/// </summary>
internal static class SynonymFile
{
    /// <summary>The most rules (lines) all synonym files of an index may hold together.</summary>
    public const int MaximumRules = 100_000;

    /// <summary>The longest term, in characters.</summary>
    public const int MaximumTermLength = 64;

    /// <summary>Reads the files, in order, into one table by normalized key; a later line adds to an earlier one.</summary>
    /// <returns>The table and the number of rules read.</returns>
    /// <exception cref="DictionaryFileException">A file is missing or unreadable, or a line is malformed.</exception>
    public static (Dictionary<string, List<SynonymTarget>> Table, int Rules) Read(IReadOnlyList<string> paths)
    {
        var table = new Dictionary<string, List<SynonymTarget>>(StringComparer.Ordinal);
        var rules = 0;
        foreach (var path in paths)
        {
            foreach (var (line, text) in DictionaryFile.ReadLines(path, "synonym"))
            {
                if (++rules > MaximumRules)
                {
                    throw new DictionaryFileException(path, line,
                        string.Create(CultureInfo.InvariantCulture, $"the synonym files hold more than {MaximumRules:N0} rules; keep the ones that matter."));
                }

                var sides = Split(path, line, text);
                if (sides.Count == 1)
                {
                    var terms = sides[0];
                    if (terms.Select(GovernanceThesaurus.NormalizeKey).Distinct(StringComparer.Ordinal).Count() < 2)
                    {
                        throw new DictionaryFileException(path, line,
                            "a rule needs at least two different terms ('a, b') or a mapping ('a => b').");
                    }

                    foreach (var from in terms)
                    {
                        Add(table, from, terms, path, line);
                    }
                }
                else
                {
                    foreach (var from in sides[0])
                    {
                        Add(table, from, sides[1], path, line);
                    }
                }
            }
        }

        return (table, rules);
    }

    private static void Add(Dictionary<string, List<SynonymTarget>> table, string from, List<string> to, string path, int line)
    {
        var key = GovernanceThesaurus.NormalizeKey(from);
        if (!table.TryGetValue(key, out var targets))
        {
            targets = [];
            table[key] = targets;
        }

        foreach (var term in to)
        {
            var normalized = GovernanceThesaurus.NormalizeKey(term);
            if (normalized != key && !targets.Any(t => GovernanceThesaurus.NormalizeKey(t.Text) == normalized))
            {
                targets.Add(new SynonymTarget(term, path, line));
            }
        }
    }

    /// <summary>Splits a rule into its sides (one, or two around <c>=&gt;</c>), each a list of terms.</summary>
    private static List<List<string>> Split(string path, int line, string text)
    {
        var sides = new List<List<string>> { new() };
        var term = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                if (i + 1 == text.Length)
                {
                    throw new DictionaryFileException(path, line, "the line ends with a lone backslash; write '\\\\' for a backslash.");
                }

                term.Append(text[++i]);
                continue;
            }

            if (c == ',')
            {
                sides[^1].Add(Finish(path, line, term));
                continue;
            }

            if (c == '=' && i + 1 < text.Length && text[i + 1] == '>')
            {
                sides[^1].Add(Finish(path, line, term));
                if (sides.Count == 2)
                {
                    throw new DictionaryFileException(path, line, "the rule has more than one '=>'; write one mapping a line.");
                }

                sides.Add([]);
                i++;
                continue;
            }

            term.Append(c);
        }

        sides[^1].Add(Finish(path, line, term));
        return sides;
    }

    /// <summary>The term collected so far, trimmed and with its spaces collapsed; the builder is cleared.</summary>
    private static string Finish(string path, int line, StringBuilder builder)
    {
        var term = string.Join(' ', builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        builder.Clear();
        if (term.Length == 0)
        {
            throw new DictionaryFileException(path, line,
                "a term is empty (two commas in a row, or a comma or '=>' at an end); write '\\,' for a comma inside a term.");
        }

        if (term.Length > MaximumTermLength)
        {
            throw new DictionaryFileException(path, line,
                string.Create(CultureInfo.InvariantCulture, $"the term '{term[..20]}…' has {term.Length} characters; a term has at most {MaximumTermLength}."));
        }

        return term;
    }
}
