using GovSearch.Citations;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GovSearch.Querying;

/// <summary>Keeps the latest version of each law (<see cref="SearchOptions.CurrentVersionsOnly"/>), by the snapshot's <see cref="LawGraph"/>.</summary>
internal sealed class CurrentVersionFilter : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var graph = LawGraph.For(ReaderUtil.GetTopLevelContext(context).Reader);
        var reader = context.AtomicReader;
        var bits = new FixedBitSet(reader.MaxDoc);
        for (var local = 0; local < reader.MaxDoc; local++)
        {
            if ((acceptDocs is null || acceptDocs.Get(local)) && graph.IsCurrent(context.DocBase + local))
            {
                bits.Set(local);
            }
        }

        return bits;
    }

    public override bool Equals(object? obj) => obj is CurrentVersionFilter;

    public override int GetHashCode() => typeof(CurrentVersionFilter).GetHashCode();
}
