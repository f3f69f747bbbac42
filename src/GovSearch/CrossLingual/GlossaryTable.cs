namespace GovSearch.CrossLingual;

/// <summary>
/// Turns glossary entries into translation entries of index terms, both ways: the Chinese term's terms as a source
/// with each English rendering as a target, and each English rendering's terms as a source with the Chinese term as
/// a target. Sides are analyzed the way a query is, so sources are looked up exactly as query terms come.
/// </summary>
/// <remarks>
/// A source's targets share its weight equally, in the order the entries give them (at most
/// <see cref="MaximumTargets"/>). A target keeps its terms' positions when the analysis left gaps (a stop word
/// dropped from <c>rule of law</c>), so its phrase query still matches the text. User entries replace the shipped
/// entries of the same source: a user's glossary changes a translation, it does not add to it. Entries of the
/// category <see cref="ForeignCategory"/> translate Chinese to English only.
/// </remarks>
internal static class GlossaryTable
{
    /// <summary>
    /// The category of entries that translate Chinese to English only: terms of non-Chinese governance (US, UN) for
    /// Chinese queries about English documents. Their English renderings (State, Union, clause) are everyday words of
    /// English queries about Chinese law, where these Chinese targets (州, 联邦, 条款) would mislead.
    /// </summary>
    public const string ForeignCategory = "foreign";

    /// <summary>The most targets one source keeps.</summary>
    public const int MaximumTargets = 8;

    /// <summary>Compiles shipped and user entries into one table (user sources replace shipped ones).</summary>
    /// <param name="shipped">The shipped glossary's entries.</param>
    /// <param name="user">The user's glossary entries, in file order.</param>
    /// <param name="analyze">The query analyzer: text to terms with positions.</param>
    public static TranslationTable Compile(
        IEnumerable<GlossaryEntry> shipped, IEnumerable<GlossaryEntry> user, Func<string, List<(string Term, int Position)>> analyze)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(analyze);
        var shippedTargets = Collect(shipped, analyze);
        var userTargets = Collect(user, analyze);
        var directions = new Dictionary<string, IReadOnlyList<TermTranslation>>[2];
        for (var d = 0; d < 2; d++)
        {
            var merged = new Dictionary<string, List<TermTranslation>>(shippedTargets[d], StringComparer.Ordinal);
            foreach (var (source, targets) in userTargets[d])
            {
                merged[source] = targets;
            }

            directions[d] = merged.ToDictionary(
                e => e.Key,
                e => (IReadOnlyList<TermTranslation>)e.Value.Take(MaximumTargets).Select(t => t with { Probability = 1.0 / Math.Min(e.Value.Count, MaximumTargets) }).ToList(),
                StringComparer.Ordinal);
        }

        return new TranslationTable(directions[0], directions[1]);
    }

    /// <summary>
    /// The raw Chinese terms of the entries, each with its lookup key, for <see cref="GlossaryPhrases"/> (a later
    /// entry's term replaces an earlier one's).
    /// </summary>
    public static Dictionary<string, string> ChineseKeys(IEnumerable<GlossaryEntry> entries, Func<string, List<(string Term, int Position)>> analyze)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(analyze);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (Side(analyze(entry.Chinese)) is { } chinese)
            {
                keys[entry.Chinese] = chinese.Key;
            }
        }

        return keys;
    }

    private static Dictionary<string, List<TermTranslation>>[] Collect(IEnumerable<GlossaryEntry> entries, Func<string, List<(string Term, int Position)>> analyze)
    {
        var result = new[] { new Dictionary<string, List<TermTranslation>>(StringComparer.Ordinal), new Dictionary<string, List<TermTranslation>>(StringComparer.Ordinal) };
        foreach (var entry in entries)
        {
            if (Side(analyze(entry.Chinese)) is not { } chinese)
            {
                continue;
            }

            foreach (var rendering in entry.English)
            {
                if (Side(analyze(rendering)) is not { } english || english.Key == chinese.Key)
                {
                    continue;
                }

                Add(result[(int)TranslationDirection.ChineseToEnglish], chinese.Key, english.Target);
                if (entry.Category != ForeignCategory)
                {
                    Add(result[(int)TranslationDirection.EnglishToChinese], english.Key, chinese.Target);
                }
            }
        }

        return result;
    }

    /// <summary>The lookup key (terms joined by one space) and the target (the same terms, with positions when they have gaps).</summary>
    private static (string Key, TermTranslation Target)? Side(List<(string Term, int Position)> analyzed)
    {
        var terms = analyzed.DistinctBy(t => t.Position).ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        var key = string.Join(' ', terms.Select(t => t.Term));
        var positions = terms.Select(t => t.Position - terms[0].Position).ToList();
        var contiguous = positions.Select((p, i) => p == i).All(same => same);
        return (key, new TermTranslation(key, 1) { Positions = contiguous ? null : positions });
    }

    private static void Add(Dictionary<string, List<TermTranslation>> table, string source, TermTranslation target)
    {
        if (!table.TryGetValue(source, out var targets))
        {
            targets = [];
            table.Add(source, targets);
        }

        if (!targets.Any(t => t.Target == target.Target))
        {
            targets.Add(target);
        }
    }
}
