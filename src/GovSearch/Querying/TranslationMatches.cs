using GovSearch.Schema;
using Lucene.Net.Index;

namespace GovSearch.Querying;

/// <summary>Which translations of a cross-lingual search a hit holds: those whose target terms all occur in its title or text.</summary>
/// <remarks>A phrase target counts when all its terms occur, wherever they stand: a cheap postings check per hit
/// rather than a second phrase match, so it may name a phrase the document holds apart.</remarks>
internal sealed class TranslationMatches(IndexReader reader, IReadOnlyList<QueryTranslation> translations)
{
    private readonly IList<AtomicReaderContext> _leaves = reader.Leaves;

    /// <summary>The translations the document holds, in query order; empty when the search used none.</summary>
    public IReadOnlyList<QueryTranslation> Of(int doc)
    {
        if (translations.Count == 0)
        {
            return [];
        }

        var context = _leaves[ReaderUtil.SubIndex(doc, _leaves)];
        var local = doc - context.DocBase;
        return translations.Where(t => t.Target.Split(' ').All(term => Holds(context.AtomicReader, local, term))).ToList();
    }

    internal static bool Holds(AtomicReader leaf, int doc, string term) =>
        Holds(leaf, doc, FieldNames.Text, term) || Holds(leaf, doc, FieldNames.Title, term);

    private static bool Holds(AtomicReader leaf, int doc, string field, string term)
    {
        var docs = leaf.GetTermDocsEnum(new Term(field, term));
        return docs is not null && docs.Advance(doc) == doc;
    }
}
