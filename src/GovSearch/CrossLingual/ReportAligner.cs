using System.Text.RegularExpressions;

namespace GovSearch.CrossLingual;

/// <summary>
/// Aligns a Chinese document with its English translation: by numbered section (一、… against I. …), then by
/// paragraph (one per line) within each section, then by sentence within each paragraph pair, each step with
/// <see cref="LengthAligner"/>.
/// </summary>
/// <remarks>
/// When both sides have the same number of sections, sections are matched in order; otherwise the whole documents
/// are aligned paragraph by paragraph. Within a section whose two sides have the same number of paragraphs, the
/// paragraphs are matched in order (the corpus's work reports are translated paragraph for paragraph). A paragraph
/// pair whose sentences do not align one for one (one side is a single sentence, or a sentence would be left
/// unmatched) stays whole, so no text is dropped from training.
/// </remarks>
internal static partial class ReportAligner
{
    /// <summary>Aligns two documents into pairs of sentences or paragraphs.</summary>
    public static IReadOnlyList<AlignedPair> Align(string source, string chinese, string english)
    {
        ArgumentNullException.ThrowIfNull(chinese);
        ArgumentNullException.ThrowIfNull(english);
        var pairs = new List<AlignedPair>();
        foreach (var (zh, en) in AlignParagraphs(chinese, english))
        {
            AddSentencePairs(source, zh, en, pairs);
        }

        return pairs;
    }

    /// <summary>Aligns two documents paragraph by paragraph (a paragraph is one line); groups of two join with a space.</summary>
    public static IReadOnlyList<(string Chinese, string English)> AlignParagraphs(string chinese, string english)
    {
        var zhSections = SplitSections(Lines(chinese), IsChineseHeading);
        var enSections = SplitSections(Lines(english), IsEnglishHeading);
        if (zhSections.Count != enSections.Count)
        {
            zhSections = [Lines(chinese)];
            enSections = [Lines(english)];
        }

        var pairs = new List<(string, string)>();
        for (var s = 0; s < zhSections.Count; s++)
        {
            var zh = zhSections[s];
            var en = enSections[s];
            if (zh.Count == en.Count)
            {
                pairs.AddRange(zh.Zip(en));
                continue;
            }

            foreach (var bead in LengthAligner.Align(zh, en))
            {
                if (bead.ChineseCount > 0 && bead.EnglishCount > 0)
                {
                    pairs.Add((Join(zh, bead.ChineseStart, bead.ChineseCount, ""), Join(en, bead.EnglishStart, bead.EnglishCount, " ")));
                }
            }
        }

        return pairs;
    }

    /// <summary>Whether a line opens a top-level Chinese section: 一、 to 十九、.</summary>
    internal static bool IsChineseHeading(string line) => ChineseHeading().IsMatch(line);

    /// <summary>Whether a line opens a top-level English section: I. to XIX. followed by a space.</summary>
    internal static bool IsEnglishHeading(string line) => EnglishHeading().IsMatch(line);

    private static void AddSentencePairs(string source, string chinese, string english, List<AlignedPair> pairs)
    {
        var zh = SentenceSplitter.SplitChinese(chinese);
        var en = SentenceSplitter.SplitEnglish(english);
        if (zh.Count < 2 || en.Count < 2)
        {
            pairs.Add(new AlignedPair(source, chinese, english));
            return;
        }

        var beads = LengthAligner.Align(zh, en);
        if (beads.Any(b => b.ChineseCount == 0 || b.EnglishCount == 0))
        {
            pairs.Add(new AlignedPair(source, chinese, english));
            return;
        }

        foreach (var bead in beads)
        {
            pairs.Add(new AlignedPair(
                source, Join(zh, bead.ChineseStart, bead.ChineseCount, ""), Join(en, bead.EnglishStart, bead.EnglishCount, " ")));
        }
    }

    private static List<List<string>> SplitSections(List<string> lines, Func<string, bool> isHeading)
    {
        var sections = new List<List<string>> { new() };
        foreach (var line in lines)
        {
            if (isHeading(line) && sections[^1].Count > 0)
            {
                sections.Add([]);
            }

            sections[^1].Add(line);
        }

        return sections;
    }

    private static List<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static string Join(IReadOnlyList<string> segments, int start, int count, string separator) =>
        string.Join(separator, Enumerable.Range(start, count).Select(k => segments[k]));

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}、")]
    private static partial Regex ChineseHeading();

    [GeneratedRegex(@"^[IVX]{1,5}\.\s")]
    private static partial Regex EnglishHeading();
}
