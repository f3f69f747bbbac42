using GovSearch.Schema;
using GovSearch.Topics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GovSearch.Indexing;

/// <summary>
/// Reads every live document's topic tokens back from the postings of its title and text, the words the index
/// analyzed when the document was added, instead of analyzing the stored text again.
/// </summary>
/// <remarks>
/// <para>The tokens are those <see cref="TopicTokenizer.Tokenize(string?, string?)"/> gives for the stored title and text,
/// in the same order: the title's, then the text's, each in position order. Segmenting the text again with SmartCn
/// cost as long as indexing it (on docs.jsonl, 3,761 documents and 73 MB); walking the postings of the words a topic
/// model keeps takes a few seconds.</para>
/// <para>The index analyzes in <see cref="Analysis.AnalysisMode.Index"/>, which stacks a protected formulation's
/// parts at its position; the topic tokenizer analyzes in query mode, which gives the formulation alone. So at each
/// position the widest token (by offsets) stands for the position, and the protected formulations are read even
/// when the topic tokenizer would drop them, so that their parts are never taken for words of their own.</para>
/// </remarks>
internal static class IndexedTopicTokens
{
    /// <summary>Each live document's id and topic tokens, in the reader's document order.</summary>
    public static List<(string Id, IReadOnlyList<string> Tokens)> Read(IndexReader reader, TopicTokenizer tokenizer, CancellationToken cancellationToken)
    {
        var result = new List<(string Id, IReadOnlyList<string> Tokens)>();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var title = Positions(atomic, FieldNames.Title, tokenizer, cancellationToken);
            var text = Positions(atomic, FieldNames.Text, tokenizer, cancellationToken);
            var ids = atomic.GetSortedDocValues(FieldNames.Id);
            var live = atomic.LiveDocs;
            var scratch = new BytesRef();
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                var tokens = new List<string>();
                AddTokens(title.Documents[doc], title.Terms, tokens);
                AddTokens(text.Documents[doc], text.Terms, tokens);
                ids.Get(doc, scratch);
                result.Add((scratch.Utf8ToString(), tokens));
            }
        }

        return result;
    }

    /// <summary>For each document of a segment, the (position, width, term) of every occurrence of the terms read.</summary>
    private static (List<Occurrence>?[] Documents, List<(string Term, bool Kept)> Terms) Positions(
        AtomicReader reader, string field, TopicTokenizer tokenizer, CancellationToken cancellationToken)
    {
        var documents = new List<Occurrence>?[reader.MaxDoc];
        var terms = new List<(string Term, bool Kept)>();
        var fieldTerms = reader.GetTerms(field);
        if (fieldTerms is null)
        {
            return (documents, terms);
        }

        var termsEnum = fieldTerms.GetEnumerator();
        DocsAndPositionsEnum? postings = null;

        // Without offsets in the postings (text offsets kept as spans), a token's width is its term's length: the tokens
        // that stack at one position are Han words, whose terms are their characters one for one.
        var offsets = TokenSpanReader.HasPostingsOffsets(reader, field);
        while (termsEnum.MoveNext())
        {
            var term = termsEnum.Term.Utf8ToString();
            var kept = tokenizer.KeepsIndexed(term);
            if (!kept && !tokenizer.IsProtected(term))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var termIndex = terms.Count;
            terms.Add((term, kept));
            postings = termsEnum.DocsAndPositions(reader.LiveDocs, postings, offsets ? DocsAndPositionsFlags.OFFSETS : DocsAndPositionsFlags.NONE);
            int doc;
            while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                var occurrences = documents[doc] ??= [];
                for (var i = postings.Freq; i > 0; i--)
                {
                    var position = postings.NextPosition();
                    occurrences.Add(new Occurrence(position, offsets ? postings.EndOffset - postings.StartOffset : term.Length, termIndex));
                }
            }
        }

        return (documents, terms);
    }

    /// <summary>Adds the kept term that stands for each position (the widest there), in position order.</summary>
    private static void AddTokens(List<Occurrence>? occurrences, List<(string Term, bool Kept)> terms, List<string> tokens)
    {
        if (occurrences is null)
        {
            return;
        }

        occurrences.Sort(static (a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : b.Width.CompareTo(a.Width));
        for (var i = 0; i < occurrences.Count; i++)
        {
            if (i > 0 && occurrences[i].Position == occurrences[i - 1].Position)
            {
                continue;
            }

            var (term, kept) = terms[occurrences[i].Term];
            if (kept)
            {
                tokens.Add(term);
            }
        }
    }

    private readonly record struct Occurrence(int Position, int Width, int Term);
}
