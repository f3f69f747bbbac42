using System.Text;
using GovSearch.Analysis.Segmentation;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;

namespace GovSearch.Tests.Analysis.Segmentation;

/// <summary>Runs SmartCn's HHMMSegmenter and <see cref="HanSegmenter"/> on the same texts and counts differences.</summary>
internal sealed class SegmenterComparison
{
    private const int KeptExamples = 20;

    private readonly HHMMSegmenter _smartCn = new();
    private readonly HanSegmenter _fast = new();
    private readonly StringBuilder _examples = new();

    public int Compared { get; private set; }

    public long Characters { get; private set; }

    public int Differences { get; private set; }

    /// <summary>The first differing texts, each with both segmentations.</summary>
    public string Examples => _examples.ToString();

    /// <summary>Both segmentations of <paramref name="text"/> as "start-end word" lines, SmartCn's first.</summary>
    public static (string SmartCn, string Fast) Both(string text) => (Describe(text, SmartCnBounds(new HHMMSegmenter(), text)), Describe(text, new HanSegmenter().Segment(text).ToArray()));

    public void Compare(string text)
    {
        Compared++;
        Characters += text.Length;
        var expected = SmartCnBounds(_smartCn, text);
        var actual = _fast.Segment(text);
        if (actual.SequenceEqual(expected))
        {
            return;
        }

        Differences++;
        if (Differences <= KeptExamples)
        {
            _examples.Append("text: ").AppendLine(text)
                .Append("  SmartCn: ").AppendLine(Describe(text, expected))
                .Append("  fast:    ").AppendLine(Describe(text, actual.ToArray()));
        }
    }

    /// <summary>SmartCn's word bounds without its two sentence markers, as GovTokenizer reads them.</summary>
    private static int[] SmartCnBounds(HHMMSegmenter segmenter, string text)
    {
        var tokens = segmenter.Process(text);
        var bounds = new int[(tokens.Count - 2) * 2];
        for (var k = 1; k < tokens.Count - 1; k++)
        {
            bounds[(k - 1) * 2] = tokens[k].StartOffset;
            bounds[((k - 1) * 2) + 1] = tokens[k].EndOffset;
        }

        return bounds;
    }

    private static string Describe(string text, int[] bounds)
    {
        var builder = new StringBuilder();
        for (var k = 0; k < bounds.Length; k += 2)
        {
            builder.Append(text.AsSpan(bounds[k], bounds[k + 1] - bounds[k])).Append('|');
        }

        return builder.ToString();
    }
}
