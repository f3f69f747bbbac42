using GovSearch.Schema;
using Lucene.Net.Util;

namespace GovSearch.Indexing;

/// <summary>The ids of an index's documents and the hash of each one's text, to tell when a document arriving under a
/// new id holds text the index already has (the same file read through another folder, say).</summary>
internal sealed class TextHashLookup
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> _byHash = [];

    /// <summary>Reads every live document's id and text hash from the index's doc values.</summary>
    public static TextHashLookup Read(GovSearchIndex index) => index.WithSearcher(searcher =>
    {
        var lookup = new TextHashLookup();
        var scratch = new BytesRef();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var ids = reader.GetSortedDocValues(FieldNames.Id);
            var hashes = reader.GetNumericDocValues(FieldNames.TextHash);
            if (ids is null || hashes is null)
            {
                continue;
            }

            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (reader.LiveDocs is { } live && !live.Get(doc))
                {
                    continue;
                }

                ids.Get(doc, scratch);
                lookup.Add(scratch.Utf8ToString(), hashes.Get(doc));
            }
        }

        return lookup;
    });

    /// <summary>The id of another document with the same text, when <paramref name="id"/> is new; then remembers it.</summary>
    public string? SameTextAs(string id, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var hash = DocumentMapper.TextHash(text);
        string? other = null;
        if (!_ids.Contains(id) && _byHash.TryGetValue(hash, out var existing) && existing != id)
        {
            other = existing;
        }

        Add(id, hash);
        return other;
    }

    private void Add(string id, long hash)
    {
        _ids.Add(id);
        if (!_byHash.TryGetValue(hash, out var existing) || string.CompareOrdinal(id, existing) < 0)
        {
            _byHash[hash] = id;
        }
    }
}
