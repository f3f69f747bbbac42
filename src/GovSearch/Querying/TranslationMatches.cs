using GovSearch.Schema;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GovSearch.Querying;

/// <summary>Which translations of a cross-lingual search a hit holds: those whose target terms all occur in its title or text.</summary>
/// <remarks>A phrase target counts when all its terms occur, wherever they stand: a cheap postings check per hit
/// rather than a second phrase match, so it may name a phrase the document holds apart. Each distinct target term is
/// sought once per segment and field, and checked once per hit (targets share terms: "four comprehens", "four prong
/// comprehens strategi").</remarks>
internal sealed class TranslationMatches(IndexReader reader, IReadOnlyList<QueryTranslation> translations)
{
    private static readonly string[] Fields = [FieldNames.Text, FieldNames.Title];

    private readonly IList<AtomicReaderContext> _leaves = reader.Leaves;
    private readonly string[][] _targets = translations.Select(t => t.Target.Split(' ')).ToArray();
    private readonly Dictionary<(int Leaf, string Field), (TermsEnum? Terms, Dictionary<string, TermState?> States)> _segments = [];
    private DocsEnum? _reuse;

    /// <summary>The translations the document holds, in query order; empty when the search used none.</summary>
    public IReadOnlyList<QueryTranslation> Of(int doc)
    {
        if (translations.Count == 0)
        {
            return [];
        }

        var context = _leaves[ReaderUtil.SubIndex(doc, _leaves)];
        var local = doc - context.DocBase;
        var held = new Dictionary<string, bool>(StringComparer.Ordinal);
        var result = new List<QueryTranslation>();
        for (var t = 0; t < translations.Count; t++)
        {
            if (_targets[t].All(term => held.TryGetValue(term, out var known) ? known : held[term] = Holds(context, local, term)))
            {
                result.Add(translations[t]);
            }
        }

        return result;
    }

    internal static bool Holds(AtomicReader leaf, int doc, string term) =>
        Holds(leaf, doc, FieldNames.Text, term) || Holds(leaf, doc, FieldNames.Title, term);

    private static bool Holds(AtomicReader leaf, int doc, string field, string term)
    {
        var docs = leaf.GetTermDocsEnum(new Term(field, term));
        return docs is not null && docs.Advance(doc) == doc;
    }

    /// <summary>Whether the text or title of a segment's document holds the term, from the segment's cached lookups.</summary>
    private bool Holds(AtomicReaderContext context, int local, string term)
    {
        foreach (var field in Fields)
        {
            if (!_segments.TryGetValue((context.Ord, field), out var segment))
            {
                segment = (context.AtomicReader.GetTerms(field)?.GetEnumerator(), new Dictionary<string, TermState?>(StringComparer.Ordinal));
                _segments[(context.Ord, field)] = segment;
            }

            if (segment.Terms is not { } terms)
            {
                continue;
            }

            var bytes = new BytesRef(term);
            if (!segment.States.TryGetValue(term, out var state))
            {
                segment.States[term] = state = terms.SeekExact(bytes) ? terms.GetTermState() : null;
            }

            if (state is null)
            {
                continue;
            }

            terms.SeekExact(bytes, state);
            _reuse = terms.Docs(context.AtomicReader.LiveDocs, _reuse, DocsFlags.NONE);
            if (_reuse is not null && _reuse.Advance(local) == local)
            {
                return true;
            }
        }

        return false;
    }
}
