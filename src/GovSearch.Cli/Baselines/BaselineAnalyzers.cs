using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace GovSearch.Cli.Baselines;

/// <summary>The analyzers of the two simple baselines, as any Lucene.Net 4.8 application would configure them.</summary>
internal static class BaselineAnalyzers
{
    /// <summary>CJK character bigrams: plain Lucene <c>CJKAnalyzer</c> with no stop words (CJK runs become overlapping bigrams, a lone CJK character stays a unigram, other words are lower-cased, full-width forms folded).</summary>
    public const string Bigram = "bigram";

    /// <summary>SmartCn words: plain <c>SmartChineseAnalyzer</c> with its default stop words (punctuation).</summary>
    public const string SmartCn = "smartcn";

    /// <summary>The baseline names <c>--baseline</c> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = [Bigram, SmartCn];

    public static Analyzer Create(string name) => name switch
    {
        Bigram => new CJKAnalyzer(LuceneVersion.LUCENE_48, CharArraySet.Empty),
        SmartCn => new SmartChineseAnalyzer(LuceneVersion.LUCENE_48),
        _ => throw new ArgumentException($"The baseline '{name}' is unknown; use {string.Join(" or ", Names)}.", nameof(name)),
    };
}
