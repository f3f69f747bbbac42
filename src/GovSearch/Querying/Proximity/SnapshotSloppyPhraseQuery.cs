using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GovSearch.Querying.Proximity;

/// <summary>
/// A sloppy phrase (<see cref="PhraseQuery"/> with a slop above 0) of distinct terms at distinct positions, scored as
/// Lucene's <c>SloppyPhraseScorer</c> scores it (the same matches, sloppy frequencies and BM25 scores, bit for bit),
/// but with its terms' contexts taken from the snapshot's cache (<see cref="TermContexts"/>) rather than sought in
/// every segment again, and with the match windows walked over flat arrays (<see cref="SloppyWindowScorer"/>).
/// </summary>
/// <remarks>
/// The compiler's proximity bonuses (a word's terms standing together, the whole query's words standing close) are
/// sloppy phrases over common words; on docs.jsonl they were about a fifth of a lean query's CPU, and the
/// <see cref="TermContext.Build"/> calls Lucene's phrase weight makes for each term about a tenth. Phrases with a
/// repeated term or two terms at one position keep Lucene's query: its scorer then groups repeats, which this one
/// does not do.
/// </remarks>
internal sealed class SnapshotSloppyPhraseQuery : Query
{
    private SnapshotSloppyPhraseQuery(string field, Term[] terms, int[] positions, int slop, TermContext[] contexts)
    {
        Field = field;
        Terms = terms;
        Positions = positions;
        Slop = slop;
        Contexts = contexts;
    }

    /// <summary>The field of every term.</summary>
    public string Field { get; }

    /// <summary>The phrase's terms, in the order they were added.</summary>
    public Term[] Terms { get; }

    /// <summary>Each term's position in the phrase.</summary>
    public int[] Positions { get; }

    /// <summary>How far the terms may stand from their places in the phrase, as <see cref="PhraseQuery.Slop"/>.</summary>
    public int Slop { get; }

    /// <summary>Each term's context in the snapshot the query was made for.</summary>
    internal TermContext[] Contexts { get; }

    /// <summary>Whether this query can stand for the phrase: a slop above 0, two terms or more, no term twice and no
    /// two terms at one position.</summary>
    public static bool Handles(PhraseQuery phrase)
    {
        var terms = phrase.GetTerms();
        if (phrase.Slop <= 0 || terms.Length < 2)
        {
            return false;
        }

        var positions = phrase.GetPositions();
        var distinctTerms = new HashSet<Term>();
        var distinctPositions = new HashSet<int>();
        for (var i = 0; i < terms.Length; i++)
        {
            if (!distinctTerms.Add(terms[i]) || !distinctPositions.Add(positions[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The phrase with its terms' contexts from <paramref name="context"/>; the phrase must be one that
    /// <see cref="Handles"/> accepts.</summary>
    public static SnapshotSloppyPhraseQuery From(PhraseQuery phrase, Func<Term, TermContext> context)
    {
        var terms = phrase.GetTerms();
        return new SnapshotSloppyPhraseQuery(terms[0].Field, terms, phrase.GetPositions(), phrase.Slop, terms.Select(context).ToArray())
        {
            Boost = phrase.Boost,
        };
    }

    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher) => new SloppyPhraseWeight(this, searcher);

    /// <inheritdoc />
    public override void ExtractTerms(ISet<Term> terms) => terms.UnionWith(Terms);

    /// <inheritdoc />
    public override string ToString(string field)
    {
        var text = new StringBuilder();
        if (!string.Equals(Field, field, StringComparison.Ordinal))
        {
            text.Append(Field).Append(':');
        }

        text.Append('"');
        var order = Enumerable.Range(0, Terms.Length).OrderBy(i => Positions[i]);
        text.AppendJoin(' ', order.Select(i => Terms[i].Text));
        text.Append("\"~").Append(Slop);
        if (Boost != 1f)
        {
            text.Append('^').Append(Boost.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is SnapshotSloppyPhraseQuery other && other.Boost.Equals(Boost) && other.Slop == Slop
        && other.Terms.SequenceEqual(Terms) && other.Positions.SequenceEqual(Positions);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Boost);
        hash.Add(Slop);
        foreach (var term in Terms)
        {
            hash.Add(term);
        }

        foreach (var position in Positions)
        {
            hash.Add(position);
        }

        return hash.ToHashCode();
    }
}
