using System.Collections.Frozen;
using GovSearch.Analysis;
using GovSearch.Schema;
using GovSearch.Topics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GovSearch.Suggestions;

/// <summary>Finds the terms of two or three words that stand together in a text, with the index's query analysis: Chinese
/// words of two characters or more written without anything between them (<c>数据</c> + <c>安全</c>), or English words of
/// two letters or more with nothing but single spaces and the words of, the, for, on, in, to, a, an between them (<c>rule of law</c>). Each is counted once per document.</summary>
internal sealed class PhraseScanner(CandidateTally tally, Analyzer analyzer, int maximumLength)
{
    /// <summary>The words that may stand inside an English term: "rule of law", "state of the union", "right to vote".</summary>
    private static readonly HashSet<string> JoiningWords = new(["of", "the", "for", "on", "in", "to", "a", "an"], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChineseFunctionWords =
        TopicTokenizer.ChineseStopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishFunctionWords =
        TopicTokenizer.EnglishFunctionWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Word[] _window = new Word[3];
    private char[] _folded = new char[SuggestionTableBuilder.ScannedCharacters];

    public void Scan(ReadOnlySpan<char> text, int document)
    {
        if (text.Length == 0)
        {
            return;
        }

        // The key of a term is its span of the folded text: folding maps one character to one, so offsets agree.
        if (_folded.Length < text.Length)
        {
            _folded = new char[text.Length];
        }

        var map = TextNormalizer.Map;
        for (var i = 0; i < text.Length; i++)
        {
            _folded[i] = char.ToLowerInvariant(map[text[i]]);
        }

        var source = text.ToString();
        var folded = _folded.AsSpan(0, text.Length);
        var count = 0;
        using var stream = analyzer.GetTokenStream(FieldNames.Text, source);
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        var increments = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = new Word(offsets.StartOffset, offsets.EndOffset, Kind(folded[offsets.StartOffset..offsets.EndOffset]));
            if (word.Kind == WordKind.None)
            {
                count = 0;
                continue;
            }

            if (count > 0 && !Joins(_window[count - 1], word, increments.PositionIncrement, folded))
            {
                count = 0;
            }

            if (count == _window.Length)
            {
                _window[0] = _window[1];
                _window[1] = _window[2];
                count--;
            }

            _window[count++] = word;
            for (var first = count - 2; first >= 0; first--)
            {
                var start = _window[first].Start;
                if (word.End - start <= maximumLength)
                {
                    tally.Add(folded[start..word.End], source.AsSpan(start, word.End - start), SuggestionSources.Phrase, document);
                }
            }
        }

        stream.End();
    }

    /// <summary>Chinese: next to each other. English: one space, or stop words between single spaces.</summary>
    private static bool Joins(Word previous, Word next, int increment, ReadOnlySpan<char> folded)
    {
        if (previous.Kind != next.Kind)
        {
            return false;
        }

        if (next.Kind == WordKind.Han)
        {
            return increment == 1 && previous.End == next.Start;
        }

        var gap = folded[previous.End..next.Start];
        if (increment > 3 || gap.Length is 0 or > 12 || gap[0] != ' ' || gap[^1] != ' ')
        {
            return false;
        }

        foreach (var range in gap.Trim(' ').Split(' '))
        {
            var between = gap.Trim(' ')[range];
            if (between.Length > 0 && !JoiningWords.Contains(between.ToString()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Han or Latin for a word that may stand in a term; none for a short word, a number, a mixed word, or a
    /// function word (<see cref="TopicTokenizer.ChineseStopWords"/>, <see cref="TopicTokenizer.EnglishFunctionWords"/>),
    /// which ends a term: 总体规划应当 and "we uphold" are not terms.</summary>
    private static WordKind Kind(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return WordKind.None;
        }

        if (!word.ContainsAnyExceptInRange('\u4E00', '\u9FFF'))
        {
            return ChineseFunctionWords.Contains(word) ? WordKind.None : WordKind.Han;
        }

        return word.ContainsAnyExceptInRange('a', 'z') || EnglishFunctionWords.Contains(word) ? WordKind.None : WordKind.Latin;
    }

    private enum WordKind
    {
        None,
        Han,
        Latin,
    }

    private readonly record struct Word(int Start, int End, WordKind Kind);
}
