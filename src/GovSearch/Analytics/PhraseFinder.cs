using GovSearch.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GovSearch.Analytics;

/// <summary>
/// Finds every occurrence of a phrase in the texts of the documents in scope, from the postings of the text field
/// (positions and offsets), never from the stored text.
/// </summary>
/// <remarks>
/// <para><b>Characters.</b> The index cuts every run of Han characters into words that cover it without gaps (protected
/// formulations add a whole-term token over their parts), each with its offsets, and each word's term is the normalized
/// text at those offsets. So the phrase stands at offset s exactly when every one of its characters is covered by some
/// term that agrees with the phrase where they overlap, placed at s. <see cref="HanTermIndex.Pieces"/> lists those
/// terms; documents lacking a term for some character are skipped; in the rest, each piece's offsets vote for the
/// starts it supports, and the starts whose characters are all covered are the occurrences. This does not depend on
/// how the phrase itself would be segmented.</para>
/// <para><b>Words.</b> The phrase's terms at their relative positions, as a Lucene phrase query matches them; each
/// occurrence is counted (a phrase query counts documents).</para>
/// </remarks>
internal static class PhraseFinder
{
    public static List<DocumentOccurrences> Find(AnalyticsScope scope, PhraseSpec phrase, CancellationToken cancellationToken)
    {
        var found = new List<DocumentOccurrences>();
        var leaves = scope.Reader.Leaves;
        for (var l = 0; l < leaves.Count; l++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reader = leaves[l].AtomicReader;
            if (reader.GetTerms(FieldNames.Text) is not { } terms)
            {
                continue;
            }

            var accepted = scope.Accepted[l];
            if (phrase.Matching == PhraseMatching.Characters)
            {
                FindCharacters(reader, terms, accepted, phrase.Characters, l, leaves[l].DocBase, found, cancellationToken);
            }
            else
            {
                FindWords(terms, TokenSpanReader.Of(reader), accepted, phrase.Words, l, leaves[l].DocBase, reader.MaxDoc, found, cancellationToken);
            }
        }

        return found;
    }

    private static void FindCharacters(AtomicReader reader, Terms terms, IBits? accepted, string phrase, int leaf, int docBase,
        List<DocumentOccurrences> found, CancellationToken cancellationToken)
    {
        var termsEnum = terms.GetEnumerator();
        var spans = TokenSpanReader.Of(reader);
        var pieces = new List<(DocsAndPositionsEnum Postings, PhrasePiece Piece)>();
        var covering = new List<int>[phrase.Length];
        var weights = new long[phrase.Length];
        var coveredDocs = new FixedBitSet?[phrase.Length];
        foreach (var piece in HanTermIndex.Of(reader, terms).Pieces(phrase))
        {
            if (!termsEnum.SeekExact(new BytesRef(piece.Term)))
            {
                continue;
            }

            var docs = new FixedBitSet(reader.MaxDoc);
            var docsEnum = termsEnum.Docs(accepted, null, DocsFlags.NONE);
            int d;
            while ((d = docsEnum.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                docs.Set(d);
            }

            for (var k = 0; k < phrase.Length; k++)
            {
                if ((piece.Covers & (1UL << k)) != 0)
                {
                    (coveredDocs[k] ??= new FixedBitSet(reader.MaxDoc)).Or(docs);
                    (covering[k] ??= []).Add(pieces.Count);
                    weights[k] += termsEnum.TotalTermFreq;
                }
            }

            pieces.Add((SpanPostings.Open(termsEnum, accepted, null, spans)!, piece));
        }

        // A document needs a term over every character of the phrase.
        FixedBitSet? candidates = null;
        foreach (var bits in coveredDocs)
        {
            if (bits is null)
            {
                return;
            }

            if (candidates is null)
            {
                candidates = bits;
            }
            else
            {
                candidates.And(bits);
            }
        }

        // Characters whose covering terms are rarest first: the starts they support are the only ones the others may add to,
        // and once no start is left the document's other terms are not read at all.
        var order = Enumerable.Range(0, phrase.Length).OrderBy(k => weights[k]).ToArray();
        var readIn = new int[pieces.Count];
        Array.Fill(readIn, -1);
        var votes = new Dictionary<int, ulong>();
        var alive = new List<int>();
        for (var doc = candidates!.NextSetBit(0); doc >= 0; doc = doc + 1 < candidates.Length ? candidates.NextSetBit(doc + 1) : -1)
        {
            cancellationToken.ThrowIfCancellationRequested();
            votes.Clear();
            var first = true;
            foreach (var k in order)
            {
                foreach (var p in covering[k])
                {
                    if (readIn[p] != doc)
                    {
                        readIn[p] = doc;
                        Vote(pieces[p].Postings, pieces[p].Piece, doc, votes, onlyKnown: !first);
                    }
                }

                alive.Clear();
                alive.AddRange(votes.Where(v => (v.Value & (1UL << k)) != 0).Select(v => v.Key));
                if (alive.Count == 0)
                {
                    break;
                }

                if (alive.Count < votes.Count)
                {
                    foreach (var dead in votes.Keys.Except(alive).ToList())
                    {
                        votes.Remove(dead);
                    }
                }

                first = false;
            }

            if (alive.Count > 0)
            {
                var starts = alive.Order().ToArray();
                found.Add(new DocumentOccurrences(leaf, doc, docBase + doc, starts, starts.Select(s => s + phrase.Length).ToArray()));
            }
        }
    }

    /// <summary>Adds a piece's votes in one document: each occurrence supports the phrase start its offset implies.
    /// With <paramref name="onlyKnown"/>, only starts already voted for are kept.</summary>
    private static void Vote(DocsAndPositionsEnum postings, PhrasePiece piece, int doc, Dictionary<int, ulong> votes, bool onlyKnown)
    {
        if ((postings.DocID < doc && postings.Advance(doc) != doc) || postings.DocID != doc)
        {
            return;
        }

        for (var i = postings.Freq; i > 0; i--)
        {
            postings.NextPosition();
            var start = postings.StartOffset - piece.Offset;
            if (votes.TryGetValue(start, out var covered))
            {
                votes[start] = covered | piece.Covers;
            }
            else if (!onlyKnown)
            {
                votes[start] = piece.Covers;
            }
        }
    }

    private static void FindWords(Terms terms, TokenSpanReader? spans, IBits? accepted, IReadOnlyList<(string Term, int Position)> words, int leaf, int docBase, int maxDoc,
        List<DocumentOccurrences> found, CancellationToken cancellationToken)
    {
        var termsEnum = terms.GetEnumerator();
        var enums = new DocsAndPositionsEnum[words.Count];
        FixedBitSet? candidates = null;
        for (var w = 0; w < words.Count; w++)
        {
            if (!termsEnum.SeekExact(new BytesRef(words[w].Term)))
            {
                return;
            }

            var docs = new FixedBitSet(maxDoc);
            var docsEnum = termsEnum.Docs(accepted, null, DocsFlags.NONE);
            int d;
            while ((d = docsEnum.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                docs.Set(d);
            }

            if (candidates is null)
            {
                candidates = docs;
            }
            else
            {
                candidates.And(docs);
            }

            enums[w] = SpanPostings.Open(termsEnum, accepted, null, spans)!;
        }

        var last = 0;
        for (var w = 1; w < words.Count; w++)
        {
            last = words[w].Position > words[last].Position ? w : last;
        }

        var positions = new Dictionary<int, (int Start, int End)>[words.Count];
        for (var doc = candidates!.NextSetBit(0); doc >= 0; doc = doc + 1 < candidates.Length ? candidates.NextSetBit(doc + 1) : -1)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var w = 0; w < words.Count; w++)
            {
                // Each word's positions in the document, with the end offset of the token there.
                enums[w].Advance(doc);
                var map = positions[w] ??= [];
                map.Clear();
                for (var i = enums[w].Freq; i > 0; i--)
                {
                    var position = enums[w].NextPosition();
                    map[position] = (enums[w].StartOffset, enums[w].EndOffset);
                }
            }

            var starts = new List<int>();
            var ends = new List<int>();
            foreach (var (position, (start, _)) in positions[0].OrderBy(p => p.Key))
            {
                var all = true;
                for (var w = 1; w < words.Count && all; w++)
                {
                    all = positions[w].ContainsKey(position + words[w].Position);
                }

                if (all)
                {
                    starts.Add(start);
                    ends.Add(positions[last][position + words[last].Position].End);
                }
            }

            if (starts.Count > 0)
            {
                found.Add(new DocumentOccurrences(leaf, doc, docBase + doc, [.. starts], [.. ends]));
            }
        }
    }
}
