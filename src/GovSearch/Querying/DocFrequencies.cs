using Lucene.Net.Index;

namespace GovSearch.Querying;

/// <summary>
/// Document frequencies of terms, remembered per snapshot: <see cref="IndexReader.DocFreq(Term)"/> on a snapshot of
/// several segments seeks the term in each of them (allocating a terms enumerator each time), and every search asks
/// again for its highlight terms' and title keys' frequencies, which do not change within a snapshot.
/// </summary>
internal static class DocFrequencies
{
    /// <summary>A snapshot forgets its frequencies once it holds this many (a long-lived snapshot meets many terms).</summary>
    private const int MaximumCached = 20_000;

    private static readonly PerSnapshot<Term, int> Cache = new(MaximumCached);

    /// <summary>How many documents of the snapshot hold the term (deleted ones included, as Lucene counts).</summary>
    public static int Of(IndexReader reader, Term term) => Cache.Get(reader, term, static (r, t) => r.DocFreq(t));
}
