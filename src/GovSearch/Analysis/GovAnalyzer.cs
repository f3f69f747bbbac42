using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Util;

namespace GovSearch.Analysis;

/// <summary>
/// GovSearch's analysis chain: <see cref="GovTokenizer"/> (normalization, script runs, SmartCn's segmentation, protected terms
/// and user words, which are kept whole alike),
/// then, for English words, possessive removal, lower case, stop words and Porter stemming.
/// </summary>
internal sealed class GovAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly AnalysisOptions _options;
    private readonly ProtectedTermMatcher _protectedTerms;
    private readonly AnalysisMode _mode;

    public GovAnalyzer(AnalysisOptions options, AnalysisMode mode)
    {
        options.Validate();
        _options = options;
        _mode = mode;
        _protectedTerms = new ProtectedTermMatcher(options.NormalizedProtectedTerms().Concat(options.NormalizedUserWords()));
    }

    public AnalysisOptions Options => _options;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new GovTokenizer(reader, _protectedTerms, _options.ConvertTraditional, _mode, _options.Segmenter);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new QuickLowerCaseFilter(Version, stream);
        if (_options.RemoveEnglishStopWords)
        {
            stream = new StopFilter(Version, stream, StopAnalyzer.ENGLISH_STOP_WORDS_SET);
        }

        if (_options.StemEnglish)
        {
            stream = new PorterStemFilter(stream);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }
}
