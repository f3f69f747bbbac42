using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GovSearch.Querying.Scoring;

/// <summary>
/// A tree of optional terms that scores as the <see cref="BooleanQuery"/> it stands for (coordination off, every clause
/// SHOULD, each a <see cref="TermQuery"/> or such a tree): a document matches when one of its terms does, and each level
/// adds its matching clauses' scores in double precision and rounds to float, as Lucene's disjunction scorer does, so
/// the scores are the same floats.
/// </summary>
/// <remarks>
/// A query's words stand in the title or the text (a pair of terms), and its character bigrams are a disjunction of such
/// pairs: Lucene scores each level through its own scorer and heap. <see cref="TermSumScorer"/> advances the terms
/// directly and adds their scores only for the documents it is asked to score.
/// </remarks>
internal sealed class TermSumQuery : Query
{
    /// <summary>The query for a Boolean query that qualifies (see <see cref="Qualifies"/>).</summary>
    public TermSumQuery(BooleanQuery boolean)
    {
        Boolean = boolean;
        Boost = boolean.Boost;
    }

    /// <summary>The Boolean query this one scores as; its own boost is replaced by this query's.</summary>
    public BooleanQuery Boolean { get; }

    /// <summary>Whether the Boolean query is a tree of optional terms without coordination.</summary>
    public static bool Qualifies(BooleanQuery boolean) =>
        boolean.CoordDisabled && boolean.MinimumNumberShouldMatch == 0 && boolean.Clauses.Count > 0 &&
        boolean.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is TermQuery or TermSumQuery || c.Query is BooleanQuery nested && c.Occur == Occur.SHOULD && Qualifies(nested));

    /// <inheritdoc/>
    public override Weight CreateWeight(IndexSearcher searcher) => new TermSumWeight(this, searcher);

    /// <inheritdoc/>
    public override Query Rewrite(IndexReader reader) => this;

    /// <inheritdoc/>
    public override void ExtractTerms(ISet<Term> terms) => Boolean.ExtractTerms(terms);

    /// <inheritdoc/>
    public override string ToString(string field)
    {
        var text = new StringBuilder("sum(").Append(Boolean.ToString(field)).Append(')');
        return Boost == 1 ? text.ToString() : text.Append('^').Append(Boost.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToString();
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TermSumQuery other && other.Boost == Boost && other.Boolean.Equals(Boolean);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Boost, Boolean);
}
