using GovSearch.Citations;
using GovSearch.Querying;
using GovSearch.Schema;
using GovSearch.Versions;

namespace GovSearch;

/// <summary>The versions side of the index: documents with the same normalized title and different dates.</summary>
public sealed partial class GovSearchIndex
{
    /// <summary>Lists the versions of a document's law, oldest first, the document itself included, each marked
    /// current or not. A document whose title no other document shares is its own only version.</summary>
    /// <returns>The versions; <see langword="null"/> when no document has the id.</returns>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    public Task<IReadOnlyList<LawVersion>?> GetVersionsAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Run(() => WithSearcher(searcher =>
        {
            if (Find(searcher, id) is not { } doc)
            {
                return null;
            }

            var graph = LawGraph.For(searcher.IndexReader);
            var fields = new HitFields(searcher.IndexReader);
            return (IReadOnlyList<LawVersion>)graph.VersionsOf(doc)
                .Select(d => new LawVersion { Id = fields.Id(d), Title = fields.Title(d), Date = fields.Date(d), IsCurrent = graph.IsCurrent(d) })
                .ToList();
        }), cancellationToken);
    }

    /// <summary>Compares two documents article by article (第X条 or "Article N"): added, removed, amended (with the
    /// changed words marked) and renumbered articles. Any two documents can be compared; versions of one law are what it is for.</summary>
    /// <param name="oldId">The older version.</param>
    /// <param name="newId">The newer version.</param>
    /// <param name="options">Matching settings. Default: <see cref="DiffOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the comparison.</param>
    /// <returns>The differences; <see langword="null"/> when either id has no document.</returns>
    /// <exception cref="ArgumentException">An id is empty, or an option is out of range.</exception>
    public Task<VersionDiff?> DiffAsync(string oldId, string newId, DiffOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(oldId);
        ArgumentException.ThrowIfNullOrWhiteSpace(newId);
        options ??= DiffOptions.Default;
        options.Validate();
        return Run(() => WithSearcher(searcher =>
        {
            if (Find(searcher, oldId) is not { } older || Find(searcher, newId) is not { } newer)
            {
                return null;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var (oldSegment, oldLocal) = SegmentValues.Leaf(searcher.IndexReader, older);
            var (newSegment, newLocal) = SegmentValues.Leaf(searcher.IndexReader, newer);
            return VersionDiffer.Compare(
                oldId, new string(SegmentValues.Text(oldSegment, oldLocal)), newId, new string(SegmentValues.Text(newSegment, newLocal)), options);
        }), cancellationToken);
    }
}
