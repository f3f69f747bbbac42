using System.Runtime.CompilerServices;
using GovSearch.Analysis;
using Lucene.Net.Index;

namespace GovSearch.Analytics;

/// <summary>
/// The Han terms of one segment's text field, looked up by character: which terms hold a given character. Built once
/// per segment (segments never change) by walking the segment's term dictionary.
/// </summary>
internal sealed class HanTermIndex
{
    private static readonly ConditionalWeakTable<object, HanTermIndex> Built = new();

    private readonly List<string> _terms = [];
    private readonly Dictionary<char, List<int>> _byCharacter = [];

    /// <summary>The index of a segment's terms, built on first use.</summary>
    public static HanTermIndex Of(AtomicReader reader, Terms terms) => Built.GetValue(reader.CoreCacheKey, _ => Build(terms));

    /// <summary>
    /// Every (term, offset) whose characters agree with <paramref name="phrase"/> wherever the two overlap when the term
    /// starts at that offset from the phrase's first character (negative: before it), with at least one character in common.
    /// An occurrence of the phrase in a text is exactly a place covered, character by character, by such terms at their offsets.
    /// </summary>
    public List<PhrasePiece> Pieces(string phrase)
    {
        var pieces = new List<PhrasePiece>();
        var seen = new HashSet<(int Term, int Offset)>();
        for (var k = 0; k < phrase.Length; k++)
        {
            if (!_byCharacter.TryGetValue(phrase[k], out var holding))
            {
                continue;
            }

            foreach (var t in holding)
            {
                var term = _terms[t];
                for (var j = term.IndexOf(phrase[k], StringComparison.Ordinal); j >= 0; j = term.IndexOf(phrase[k], j + 1))
                {
                    var offset = k - j;
                    if (seen.Add((t, offset)) && Agrees(term, offset, phrase))
                    {
                        pieces.Add(new PhrasePiece(term, offset, Mask(offset, term.Length, phrase.Length)));
                    }
                }
            }
        }

        return pieces;
    }

    private static bool Agrees(string term, int offset, string phrase)
    {
        var from = Math.Max(0, -offset);
        var to = Math.Min(term.Length, phrase.Length - offset);
        for (var i = from; i < to; i++)
        {
            if (term[i] != phrase[offset + i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The phrase characters a term covers at an offset, as bits.</summary>
    private static ulong Mask(int offset, int length, int phraseLength)
    {
        var mask = 0UL;
        for (var i = Math.Max(0, offset); i < Math.Min(phraseLength, offset + length); i++)
        {
            mask |= 1UL << i;
        }

        return mask;
    }

    private static HanTermIndex Build(Terms terms)
    {
        var index = new HanTermIndex();
        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var term = termsEnum.Term.Utf8ToString();
            if (term.Length == 0 || !CharClass.IsHan(term[0]))
            {
                continue;
            }

            var t = index._terms.Count;
            index._terms.Add(term);
            for (var i = 0; i < term.Length; i++)
            {
                if (term.IndexOf(term[i], StringComparison.Ordinal) != i)
                {
                    continue;
                }

                if (!index._byCharacter.TryGetValue(term[i], out var list))
                {
                    index._byCharacter[term[i]] = list = [];
                }

                list.Add(t);
            }
        }

        return index;
    }
}
