using GovSearch.Citations;
using GovSearch.Querying;
using GovSearch.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GovSearch;

/// <summary>The citation side of the index: what a document cites and who cites it.</summary>
public sealed partial class GovSearchIndex
{
    private static readonly ISet<string> CitationsField = new HashSet<string>(StringComparer.Ordinal) { FieldNames.Citations };

    /// <summary>Lists the references of a document to laws, in text order, each resolved to the version of the cited
    /// law in force at the document's date (or left unresolved, as text, when the index lacks the law).</summary>
    /// <returns>The references; empty when it cites nothing; <see langword="null"/> when no document has the id.</returns>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    public Task<IReadOnlyList<Citation>?> GetCitationsAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Run(() => WithSearcher(searcher =>
        {
            if (Find(searcher, id) is not { } doc)
            {
                return null;
            }

            var graph = LawGraph.For(searcher.IndexReader);
            return (IReadOnlyList<Citation>)Describe(searcher.IndexReader, graph, doc, _ => true, cancellationToken);
        }), cancellationToken);
    }

    /// <summary>Lists the documents that cite a document: those whose references to its title resolve to it (a
    /// reference dated after a newer version resolves to that one), most references first, then newest first.</summary>
    /// <returns>The citing documents; empty when none; <see langword="null"/> when no document has the id.</returns>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    public Task<IReadOnlyList<CitingDocument>?> GetCitedByAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Run(() => WithSearcher(searcher =>
        {
            if (Find(searcher, id) is not { } doc)
            {
                return null;
            }

            var graph = LawGraph.For(searcher.IndexReader);
            if (graph.KeyOf(doc) is not { } key)
            {
                return (IReadOnlyList<CitingDocument>)[];
            }

            var fields = new HitFields(searcher.IndexReader);
            var citing = new List<CitingDocument>();
            var top = searcher.Search(new TermQuery(new Term(FieldNames.Cites, key)), Math.Max(1, searcher.IndexReader.NumDocs));
            foreach (var hit in top.ScoreDocs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var references = Describe(searcher.IndexReader, graph, hit.Doc, c => c.Key == key, cancellationToken)
                    .Where(c => c.ResolvedId == id).ToList();
                if (references.Count > 0)
                {
                    citing.Add(new CitingDocument
                    {
                        Id = fields.Id(hit.Doc),
                        Title = fields.Title(hit.Doc),
                        Date = fields.Date(hit.Doc),
                        DocType = fields.DocType(hit.Doc),
                        Citations = references,
                    });
                }
            }

            return (IReadOnlyList<CitingDocument>)citing
                .OrderByDescending(c => c.Citations.Count)
                .ThenByDescending(c => c.Date?.SortKey ?? 0)
                .ThenBy(c => c.Id, StringComparer.Ordinal)
                .ToList();
        }), cancellationToken);
    }

    /// <summary>The references of one document that <paramref name="keep"/> accepts, resolved and placed in their passages.</summary>
    private static List<Citation> Describe(IndexReader reader, LawGraph graph, int doc, Func<ExtractedCitation, bool> keep, CancellationToken cancellationToken)
    {
        var extracted = CitationCodec.Decode(reader.Document(doc, CitationsField).Get(FieldNames.Citations)).Where(keep).ToList();
        if (extracted.Count == 0)
        {
            return [];
        }

        var (segment, local) = SegmentValues.Leaf(reader, doc);
        var text = new string(SegmentValues.Text(segment, local));
        var passages = SegmentValues.Passages(segment, local);
        var fields = new HitFields(reader);
        var list = new List<Citation>(extracted.Count);
        foreach (var c in extracted)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var resolved = graph.Resolve(c.Key, doc);
            list.Add(new Citation
            {
                Title = c.Title,
                Key = c.Key,
                Article = c.Article,
                Start = c.Start,
                Length = c.Length,
                CitingHeading = HeadingAt(passages, c.Start),
                Context = CitationContext.Around(text, c.Start, c.Length),
                ResolvedId = resolved is { } r ? fields.Id(r) : null,
                ResolvedTitle = resolved is { } t ? fields.Title(t) : null,
                ResolvedDate = resolved is { } d ? fields.Date(d) : null,
            });
        }

        return list;
    }

    private static string HeadingAt(IReadOnlyList<Passage> passages, int offset)
    {
        foreach (var passage in passages)
        {
            if (offset >= passage.Start && offset < passage.End)
            {
                return passage.Heading;
            }
        }

        return string.Empty;
    }
}
