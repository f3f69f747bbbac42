using GovSearch.Schema;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using System.Runtime.CompilerServices;

namespace GovSearch.Indexing;

/// <summary>
/// The documents of an index that translate each other: a Chinese (<c>zh</c>) and an English (<c>en</c>) document
/// with the same <c>parallel_id</c> metadata (the corpus schema's field, kept in <see cref="GovDocument.Metadata"/>).
/// </summary>
/// <remarks>
/// A <c>parallel_id</c> pairs only when it has exactly one document of each of the two languages; other languages
/// (traditional Chinese among them) are left out. The topic model trains each pair as one joint unit.
/// </remarks>
internal static class ParallelPairs
{
    /// <summary>The metadata key that links translations.</summary>
    public const string MetadataKey = "parallel_id";

    private static readonly HashSet<string> Fields = [FieldNames.Id, FieldNames.Language, FieldNames.MetadataPrefix + MetadataKey];

    /// <summary>Each snapshot's pairs, by id both ways, found once (a snapshot's documents never change).</summary>
    private static readonly ConditionalWeakTable<IndexReader, Lazy<Dictionary<string, string>>> Twins = new();

    /// <summary>The (Chinese id, English id) pairs of the live documents, ordered by <c>parallel_id</c>.</summary>
    public static IReadOnlyList<(string Chinese, string English)> Find(IndexReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sides = new SortedDictionary<string, (List<string> Zh, List<string> En)>(StringComparer.Ordinal);
        var live = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc))
            {
                continue;
            }

            if (doc % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var visitor = new DocumentStoredFieldVisitor(Fields);
            reader.Document(doc, visitor);
            var stored = visitor.Document;
            if (stored.Get(FieldNames.MetadataPrefix + MetadataKey) is not { Length: > 0 } parallelId || stored.Get(FieldNames.Id) is not { } id)
            {
                continue;
            }

            if (!sides.TryGetValue(parallelId, out var side))
            {
                side = ([], []);
                sides.Add(parallelId, side);
            }

            switch (stored.Get(FieldNames.Language))
            {
                case "zh":
                    side.Zh.Add(id);
                    break;
                case "en":
                    side.En.Add(id);
                    break;
            }
        }

        return sides.Values.Where(s => s.Zh.Count == 1 && s.En.Count == 1).Select(s => (s.Zh[0], s.En[0])).ToList();
    }

    /// <summary>The id of the document a live document pairs with (<see cref="Find"/>), or <see langword="null"/>:
    /// none when it has no <c>parallel_id</c>, which is the common case and costs one stored-field read. The pairs of a
    /// snapshot are found on its first such call and kept while the reader lives; the token stops the call before that
    /// scan, not during it.</summary>
    public static string? TwinOf(IndexReader reader, int doc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var visitor = new DocumentStoredFieldVisitor(Fields);
        reader.Document(doc, visitor);
        if (visitor.Document.Get(FieldNames.MetadataPrefix + MetadataKey) is not { Length: > 0 } || visitor.Document.Get(FieldNames.Id) is not { } id)
        {
            return null;
        }

        // One scan per snapshot, however many searches ask at once; it runs to its end once started (waiters share it),
        // and a scan that fails is not remembered.
        cancellationToken.ThrowIfCancellationRequested();
        var twins = Twins.GetValue(reader, r => new Lazy<Dictionary<string, string>>(() => Pairs(r)));
        try
        {
            return twins.Value.GetValueOrDefault(id);
        }
        catch
        {
            Twins.Remove(reader);
            throw;
        }
    }

    private static Dictionary<string, string> Pairs(IndexReader reader)
    {
        var twins = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (chinese, english) in Find(reader, CancellationToken.None))
        {
            twins[chinese] = english;
            twins[english] = chinese;
        }

        return twins;
    }
}
