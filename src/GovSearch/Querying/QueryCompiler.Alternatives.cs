using GovSearch.Synonyms;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GovSearch.Querying;

/// <summary>Weighted alternatives of a clause: the user's synonyms (<see cref="GovSearchIndexOptions.SynonymFiles"/>) and the parts of user words.</summary>
internal sealed partial class QueryCompiler
{
    private SynonymSet _synonyms = SynonymSet.Empty;

    /// <summary>The synonyms in force. Each compilation reads it once, so a reload swaps it between searches and never during one.</summary>
    public SynonymSet Synonyms
    {
        get => Volatile.Read(ref _synonyms);
        set => Volatile.Write(ref _synonyms, value);
    }

    /// <summary>
    /// Adds, for each synonym of words inside a positive, unquoted clause, the clause with those words replaced by the
    /// synonym as one more alternative of the clause's group, boosted by <see cref="SearchOptions.SynonymWeight"/>: a
    /// document matches with the user's words or with the synonym. An alternative whose terms would pass
    /// <see cref="SearchOptions.MaximumQueryTerms"/> is left out.
    /// </summary>
    private void AddSynonyms(SynonymSet synonyms, QueryClause clause, SearchOptions options, IndexReader reader, List<Query> alternatives,
        List<string> highlight, HashSet<string> seen, ref int termCount, List<(QuerySynonym Synonym, string[] Terms)> used)
    {
        if (synonyms.IsEmpty || options.SynonymWeight <= 0 || clause.Negated || clause.IsPhrase)
        {
            return;
        }

        foreach (var (targets, start, length) in synonyms.FindAll(clause.Text))
        {
            foreach (var target in targets)
            {
                var variant = string.Concat(clause.Text.AsSpan(0, start), target.Text, clause.Text.AsSpan(start + length));
                if (Alternative(clause with { Text = variant }, options.SynonymWeight, options, reader, ref termCount) is not { } query)
                {
                    continue;
                }

                alternatives.Add(query);
                Record(clause.Text.Substring(start, length), target, options, highlight, seen, used);
            }
        }
    }

    /// <summary>
    /// Adds the synonyms of words that span several clauses of the query (a key of several English words, such as
    /// <c>state council</c>) as optional clauses of the whole query, as the thesaurus adds its legal wording.
    /// </summary>
    private void AddSpanningSynonyms(SynonymSet synonyms, ParsedQuery parsed, SearchOptions options, IndexReader reader, BooleanQuery main,
        List<string> highlight, HashSet<string> seen, ref int termCount, List<(QuerySynonym Synonym, string[] Terms)> used)
    {
        var clauses = parsed.Groups.SelectMany(g => g).Where(c => !c.Negated && !c.IsPhrase).ToList();
        if (synonyms.IsEmpty || options.SynonymWeight <= 0 || clauses.Count < 2)
        {
            return;
        }

        var starts = new List<int>();
        var text = string.Empty;
        foreach (var clause in clauses)
        {
            text = text.Length == 0 ? text : text + " ";
            starts.Add(text.Length);
            text += clause.Text;
        }

        foreach (var (targets, start, length) in synonyms.FindAll(text))
        {
            var inOne = starts.Select((s, i) => start >= s && start + length <= s + clauses[i].Text.Length).Any(x => x);
            if (inOne)
            {
                continue;
            }

            foreach (var target in targets)
            {
                if (Alternative(new QueryClause(false, target.Text, 0, target.Text.Length, false), options.SynonymWeight, options, reader, ref termCount) is { } query)
                {
                    main.Add(query, Occur.SHOULD);
                    Record(text.Substring(start, length), target, options, highlight, seen, used);
                }
            }
        }
    }

    /// <summary>The query of one alternative, boosted by <paramref name="weight"/>; <see langword="null"/> when it has no terms or too many.</summary>
    private Query? Alternative(QueryClause clause, float weight, SearchOptions options, IndexReader reader, ref int termCount) =>
        Alternative(clause, weight, options, reader, ref termCount, out _);

    /// <summary>The query of one alternative, boosted by <paramref name="weight"/>, and its analyzed <paramref name="terms"/>;
    /// <see langword="null"/> when it has no terms or too many (then <paramref name="terms"/> tells which).</summary>
    private Query? Alternative(QueryClause clause, float weight, SearchOptions options, IndexReader reader, ref int termCount,
        out List<(string Term, int Position)> terms)
    {
        terms = Analyze(clause.Text);
        if (terms.Count == 0 || termCount + terms.Count > options.MaximumQueryTerms)
        {
            return null;
        }

        termCount += terms.Count;
        var query = ClauseQuery(clause, terms, options, reader)!;
        query.Boost = weight;
        return query;
    }

    private void Record(string words, SynonymTarget target, SearchOptions options, List<string> highlight, HashSet<string> seen,
        List<(QuerySynonym Synonym, string[] Terms)> used)
    {
        var terms = Analyze(target.Text).Select(t => t.Term).Distinct(StringComparer.Ordinal).ToArray();
        highlight.AddRange(terms.Where(seen.Add));
        used.Add((new QuerySynonym(words, target.Text, options.SynonymWeight, target.File, target.Line), terms));
    }

    /// <summary>The index's user words and their parts, or <see langword="null"/> when it has none.</summary>
    public UserWordParts? UserWords { get; init; }

    /// <summary>
    /// Adds, for each user word inside a positive, unquoted clause, the clause with the word cut into its SmartCn parts as
    /// one more alternative of the clause's group, boosted by <see cref="SearchOptions.UserWordPartsWeight"/>: a document
    /// that says the word's parts apart still matches, below those that hold the word.
    /// </summary>
    private void AddUserWordParts(QueryClause clause, SearchOptions options, IndexReader reader, List<Query> alternatives, ref int termCount)
    {
        if (UserWords is null || options.UserWordPartsWeight <= 0 || clause.Negated || clause.IsPhrase)
        {
            return;
        }

        foreach (var (start, length) in UserWords.FindAll(clause.Text))
        {
            if (UserWords.PartsOf(clause.Text.Substring(start, length)) is not { } parts)
            {
                continue;
            }

            var variant = $"{clause.Text[..start]} {parts} {clause.Text[(start + length)..]}";
            if (Alternative(clause with { Text = variant }, options.UserWordPartsWeight, options, reader, ref termCount) is { } query)
            {
                alternatives.Add(query);
            }
        }
    }
}
