using GovSearch.Analysis;
using GovSearch.Schema;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace GovSearch.Indexing;

/// <summary>Which analyzer reads which field when documents are written.</summary>
internal static class FieldAnalyzers
{
    /// <summary>The word analyzer for every analyzed field, and the bigram analyzer for the bigram fields when the index has them.</summary>
    /// <param name="words">The index-mode word analyzer.</param>
    /// <param name="bigrams">The bigram analyzer, or <see langword="null"/> when the index has no bigram fields.</param>
    public static Analyzer ForIndex(GovAnalyzer words, BigramAnalyzer? bigrams) =>
        bigrams is null
            ? words
            : new PerFieldAnalyzerWrapper(words, new Dictionary<string, Analyzer>(StringComparer.Ordinal)
            {
                [FieldNames.TitleBigrams] = bigrams,
                [FieldNames.TextBigrams] = bigrams,
            });
}
