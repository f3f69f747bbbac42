using GovSearch.Querying;
using Lucene.Net.Index;

namespace GovSearch.Synonyms;

/// <summary>Which synonyms of a search a hit holds: those whose terms all occur in its title or text (wherever they
/// stand, as <see cref="TranslationMatches"/> checks translations).</summary>
internal sealed class SynonymMatches(IndexReader reader, IReadOnlyList<(QuerySynonym Synonym, string[] Terms)> synonyms)
{
    private readonly IList<AtomicReaderContext> _leaves = reader.Leaves;

    /// <summary>The synonyms the document holds, in query order; empty when the search used none.</summary>
    public IReadOnlyList<QuerySynonym> Of(int doc)
    {
        if (synonyms.Count == 0)
        {
            return [];
        }

        var context = _leaves[ReaderUtil.SubIndex(doc, _leaves)];
        var local = doc - context.DocBase;
        return synonyms.Where(s => s.Terms.Length > 0 && s.Terms.All(term => TranslationMatches.Holds(context.AtomicReader, local, term)))
            .Select(s => s.Synonym).ToList();
    }
}
