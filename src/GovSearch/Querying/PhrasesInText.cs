using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace GovSearch.Querying;

/// <summary>
/// Remembers, per snapshot, whether some document's text holds an everyday phrase (a phrase search each time
/// otherwise): the thesaurus expansion asks it for every verbatim phrase of every query. A snapshot forgets with its
/// reader, and remembers at most <see cref="MaximumPhrases"/> phrases; past that it searches each time.
/// </summary>
internal static class PhrasesInText
{
    /// <summary>The most phrases remembered per snapshot.</summary>
    internal const int MaximumPhrases = 8192;

    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, bool>> Answers = new();

    /// <summary>Whether the snapshot's text holds the phrase, by <paramref name="search"/> the first time it is asked.</summary>
    public static bool Answer(IndexReader reader, string phrase, Func<string, IndexReader, bool> search)
    {
        var answers = Answers.GetValue(reader, static _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal));
        if (answers.TryGetValue(phrase, out var known))
        {
            return known;
        }

        var found = search(phrase, reader);
        if (answers.Count < MaximumPhrases)
        {
            answers.TryAdd(phrase, found);
        }

        return found;
    }
}
