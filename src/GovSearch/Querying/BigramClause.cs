using GovSearch.Analysis;
using GovSearch.Schema;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GovSearch.Querying;

/// <summary>
/// The character-bigram side of one query clause, for indexes with <see cref="AnalysisOptions.CharacterBigrams"/>:
/// the clause's Han characters as overlapping bigrams, matched as a phrase (the characters stand together in the
/// document, however SmartCn segmented them; in an index whose bigram fields hold no positions,
/// <see cref="BigramPostings.Frequencies"/>, as a conjunction of every bigram instead) and as loose terms (a share of the
/// characters is there).
/// </summary>
/// <remarks>
/// The phrase is an alternative to the clause's word query: a document matches the clause by either, and the scores
/// add. The loose terms only add to the score of documents the clause already matches, so that with
/// <see cref="QueryOperator.And"/> a word still needs its words or its whole character sequence, never a stray bigram.
/// A quoted phrase takes only the bigram phrase, and only when all of its words are Han, since the bigram fields hold
/// no Latin words. A negated clause takes none: it excludes by its words alone, as before.
/// </remarks>
internal sealed class BigramClause
{
    private readonly List<(string Term, int Position)> _tokens;
    private readonly List<string> _bigrams;
    private readonly bool _positions;

    private BigramClause(List<(string Term, int Position)> tokens, List<string> bigrams, bool positions)
    {
        _tokens = tokens;
        _bigrams = bigrams;
        _positions = positions;
    }

    /// <summary>How many terms the clause adds to the query: its bigrams and lone characters, each occurrence counted, since
    /// the phrase looks each one up. Past <see cref="SearchOptions.MaximumQueryTerms"/> analysis stops, and the count says so.</summary>
    public int TermCount => _tokens.Count;

    /// <summary>The bigram side of a clause, or <see langword="null"/> when it has none.</summary>
    /// <param name="analyzer">The index's bigram analyzer; <see langword="null"/> when the index has no bigram fields.</param>
    /// <param name="clause">The clause.</param>
    /// <param name="words">The clause's terms in the word fields.</param>
    /// <param name="options">The search options: no bigram side when both bigram weights are 0.</param>
    public static BigramClause? From(Analyzer? analyzer, QueryClause clause, List<(string Term, int Position)> words, SearchOptions options)
    {
        if (analyzer is null || clause.Negated || (options.BigramWeight <= 0 && options.BigramPhraseWeight <= 0))
        {
            return null;
        }

        if (clause.IsPhrase && (options.BigramPhraseWeight <= 0 || !words.All(w => w.Term.All(CharClass.IsHan))))
        {
            return null;
        }

        var tokens = new List<(string Term, int Position)>();
        var bigrams = new List<string>();
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        using (var stream = analyzer.GetTokenStream(FieldNames.TextBigrams, clause.Text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            stream.Reset();
            var position = -1;
            while (tokens.Count <= options.MaximumQueryTerms && stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                var text = term.ToString();
                tokens.Add((text, position));
                if (type.Type == BigramAnalyzer.BigramType && distinct.Add(text))
                {
                    bigrams.Add(text);
                }
            }

            stream.End();
        }

        return bigrams.Count == 0 ? null : new BigramClause(tokens, bigrams, analyzer is not BigramAnalyzer { Postings: BigramPostings.Frequencies });
    }

    /// <summary>Adds the bigram side to the clause's word query.</summary>
    public Query Combine(Query words, QueryClause clause, SearchOptions options)
    {
        var matching = words;
        if (options.BigramPhraseWeight > 0)
        {
            var phrase = InBigramFields(field => _positions ? Phrase(field) : Conjunction(field), options.TitleBoost);
            phrase.Boost = options.BigramPhraseWeight;
            matching = new BooleanQuery(disableCoord: true) { { words, Occur.SHOULD }, { phrase, Occur.SHOULD } };
        }

        if (clause.IsPhrase || options.BigramWeight <= 0)
        {
            return matching;
        }

        var loose = new BooleanQuery(disableCoord: true);
        foreach (var bigram in _bigrams)
        {
            loose.Add(InBigramFields(field => new TermQuery(new Term(field, bigram)), options.TitleBoost), Occur.SHOULD);
        }

        loose.Boost = options.BigramWeight;
        return new BooleanQuery(disableCoord: true) { { matching, Occur.MUST }, { loose, Occur.SHOULD } };
    }

    private PhraseQuery Phrase(string field)
    {
        var phrase = new PhraseQuery();
        foreach (var (term, position) in _tokens)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }

    /// <summary>Every distinct bigram of the clause, each a required term: what stands for the phrase in an index whose
    /// bigram fields hold no positions (<see cref="BigramPostings.Frequencies"/>). Overlapping bigrams rarely all meet
    /// in a document except where the characters stand together. Scored as the sum of the bigrams' BM25, which equals the
    /// phrase's score when each bigram occurs only within the phrase (the phrase's idf is the sum of its terms').</summary>
    private BooleanQuery Conjunction(string field)
    {
        var all = new BooleanQuery(disableCoord: true);
        foreach (var bigram in _bigrams)
        {
            all.Add(new TermQuery(new Term(field, bigram)), Occur.MUST);
        }

        return all;
    }

    private static Query InBigramFields(Func<string, Query> make, float titleBoost)
    {
        var text = make(FieldNames.TextBigrams);
        if (titleBoost <= 0)
        {
            return text;
        }

        var title = make(FieldNames.TitleBigrams);
        title.Boost = titleBoost;
        return new BooleanQuery(disableCoord: true) { { title, Occur.SHOULD }, { text, Occur.SHOULD } };
    }
}
