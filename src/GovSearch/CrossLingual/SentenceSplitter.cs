namespace GovSearch.CrossLingual;

/// <summary>
/// Cuts a paragraph into sentences for alignment: Chinese after 。！？ and ；, English after . ! ? ; followed by a
/// space (not after a single capital letter, so "U.S. " and initials stay whole, nor after a title such as "Dr.").
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Dr", "Mr", "Mrs", "Ms", "No", "Nos", "St", "Art", "Arts", "Co", "Inc", "Jr", "Sr", "vs", "etc", "Prof", "Gen",
    };

    /// <summary>The sentences of a Chinese paragraph, closing punctuation kept; never empty for a non-blank text.</summary>
    public static IReadOnlyList<string> SplitChinese(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (paragraph[i] is '。' or '！' or '？' or '；' or '!' or '?' or ';')
            {
                var end = i + 1;
                while (end < paragraph.Length && paragraph[end] is '”' or '’' or '）' or ')')
                {
                    end++;
                }

                Add(sentences, paragraph, start, end);
                start = end;
                i = end - 1;
            }
        }

        Add(sentences, paragraph, start, paragraph.Length);
        return sentences;
    }

    /// <summary>The sentences of an English paragraph, closing punctuation kept; never empty for a non-blank text.</summary>
    public static IReadOnlyList<string> SplitEnglish(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i + 1 < paragraph.Length; i++)
        {
            var c = paragraph[i];
            var next = paragraph[i + 1];
            var closes = c is '!' or '?' or ';' || (c == '.' && !EndsWithInitialOrTitle(paragraph, i));
            if (closes && (next == ' ' || (next is '"' or '”' or '’' && i + 2 < paragraph.Length && paragraph[i + 2] == ' ')))
            {
                var end = next == ' ' ? i + 1 : i + 2;
                Add(sentences, paragraph, start, end);
                start = end;
            }
        }

        Add(sentences, paragraph, start, paragraph.Length);
        return sentences;
    }

    /// <summary>Whether the full stop at <paramref name="stop"/> ends a single capital letter or a title.</summary>
    private static bool EndsWithInitialOrTitle(string text, int stop)
    {
        var start = stop;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..stop];
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word);
    }

    private static void Add(List<string> sentences, string text, int start, int end)
    {
        var sentence = text[start..end].Trim();
        if (sentence.Length > 0)
        {
            sentences.Add(sentence);
        }
    }
}
