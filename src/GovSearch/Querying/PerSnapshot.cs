using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace GovSearch.Querying;

/// <summary>
/// Answers remembered per snapshot: what does not change while a reader lives (a term's document frequency, whether a
/// phrase occurs) is computed once. A snapshot forgets with its reader, and forgets its answers once it holds
/// <paramref name="maximum"/> of them (a long-lived snapshot meets many keys).
/// </summary>
/// <typeparam name="TKey">What is asked.</typeparam>
/// <typeparam name="TValue">The answer.</typeparam>
/// <param name="maximum">The most answers a snapshot holds before it forgets them all.</param>
/// <param name="comparer">How keys compare, or <see langword="null"/> for the default.</param>
internal sealed class PerSnapshot<TKey, TValue>(int maximum, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<TKey, TValue>> _answers = new();

    /// <summary>Makes a snapshot's table; one delegate for every lookup.</summary>
    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<TKey, TValue>>.CreateValueCallback _create =
        _ => new ConcurrentDictionary<TKey, TValue>(comparer);

    /// <summary>The snapshot's answer for the key, computed by <paramref name="compute"/> the first time it is asked.</summary>
    public TValue Get(IndexReader reader, TKey key, Func<IndexReader, TKey, TValue> compute)
    {
        var known = _answers.GetValue(reader, _create);
        if (known.TryGetValue(key, out var answer))
        {
            return answer;
        }

        if (known.Count >= maximum)
        {
            known.Clear();
        }

        answer = compute(reader, key);
        known[key] = answer;
        return answer;
    }
}
