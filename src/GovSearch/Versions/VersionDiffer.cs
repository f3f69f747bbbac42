namespace GovSearch.Versions;

/// <summary>Compares two versions of a law article by article. Articles are matched first by identical words
/// (whatever their numbers, since renumbering is common), then by the similarity of their character bigrams, highest
/// first, preferring the same number; what is left is removed or added.</summary>
internal static class VersionDiffer
{
    /// <summary>The bonus an equal number adds to a pair's similarity when matching.</summary>
    private const double SameNumberBonus = 0.05;

    public static VersionDiff Compare(string oldId, string oldText, string newId, string newText, DiffOptions options)
    {
        var older = ArticleSplitter.Split(oldText);
        var newer = ArticleSplitter.Split(newText);
        var match = new int[newer.Count];
        Array.Fill(match, -1);
        var taken = new bool[older.Count];

        // Identical words: same number first, then any.
        foreach (var sameNumber in new[] { true, false })
        {
            for (var j = 0; j < newer.Count; j++)
            {
                if (match[j] >= 0)
                {
                    continue;
                }

                for (var i = 0; i < older.Count; i++)
                {
                    if (!taken[i] && Body(older[i].Text) == Body(newer[j].Text) && (!sameNumber || older[i].Number == newer[j].Number))
                    {
                        match[j] = i;
                        taken[i] = true;
                        break;
                    }
                }
            }
        }

        // Similar words, greedily by similarity.
        var oldBigrams = older.Select(a => Bigrams(a.Text)).ToArray();
        var newBigrams = newer.Select(a => Bigrams(a.Text)).ToArray();
        var pairs = new List<(double Score, int Old, int New)>();
        for (var j = 0; j < newer.Count; j++)
        {
            if (match[j] >= 0)
            {
                continue;
            }

            for (var i = 0; i < older.Count; i++)
            {
                if (!taken[i])
                {
                    var similarity = Dice(oldBigrams[i], newBigrams[j]);
                    if (similarity >= options.MinimumSimilarity)
                    {
                        pairs.Add((similarity + (older[i].Number == newer[j].Number ? SameNumberBonus : 0), i, j));
                    }
                }
            }
        }

        foreach (var (_, i, j) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.New).ThenBy(p => p.Old))
        {
            if (match[j] < 0 && !taken[i])
            {
                match[j] = i;
                taken[i] = true;
            }
        }

        var changes = new List<ArticleChange>();
        var unchanged = 0;
        var nextRemoved = 0;
        for (var j = 0; j < newer.Count; j++)
        {
            var i = match[j];
            if (i >= 0)
            {
                EmitRemovedBefore(i);
            }

            if (i < 0)
            {
                changes.Add(new ArticleChange { Kind = ArticleChangeKind.Added, NewNumber = newer[j].Number, NewText = newer[j].Text });
            }
            else if (Body(older[i].Text) == Body(newer[j].Text))
            {
                if (older[i].Number == newer[j].Number)
                {
                    unchanged++;
                }
                else
                {
                    changes.Add(new ArticleChange
                    {
                        Kind = ArticleChangeKind.Renumbered, OldNumber = older[i].Number, NewNumber = newer[j].Number, OldText = older[i].Text, NewText = newer[j].Text,
                    });
                }
            }
            else
            {
                changes.Add(new ArticleChange
                {
                    Kind = ArticleChangeKind.Amended,
                    OldNumber = older[i].Number,
                    NewNumber = newer[j].Number,
                    OldText = older[i].Text,
                    NewText = newer[j].Text,
                    Segments = WordDiff.Compare(older[i].Text, newer[j].Text),
                });
            }
        }

        EmitRemovedBefore(older.Count);
        return new VersionDiff { OldId = oldId, NewId = newId, OldArticles = older.Count, NewArticles = newer.Count, Unchanged = unchanged, Changes = changes };

        void EmitRemovedBefore(int limit)
        {
            for (; nextRemoved < limit; nextRemoved++)
            {
                if (!taken[nextRemoved])
                {
                    changes.Add(new ArticleChange { Kind = ArticleChangeKind.Removed, OldNumber = older[nextRemoved].Number, OldText = older[nextRemoved].Text });
                }
            }
        }
    }

    /// <summary>The words that decide whether two articles are the same: the text without white space.</summary>
    private static string Body(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static HashSet<int> Bigrams(string text)
    {
        var body = Body(text);
        var set = new HashSet<int>();
        for (var i = 0; i + 1 < body.Length; i++)
        {
            set.Add((body[i] << 16) | body[i + 1]);
        }

        return set;
    }

    private static double Dice(HashSet<int> a, HashSet<int> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var common = a.Count < b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return 2.0 * common / (a.Count + b.Count);
    }
}
