using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace GovSearch.Analysis;

/// <summary>
/// The analysis of the character-bigram fields: text normalized as for the word fields (<see cref="TextNormalizer"/>),
/// then every run of Han characters as overlapping two-character terms (a run of one character stays one term), each at
/// its own position so consecutive bigrams can be matched as a phrase where the index keeps positions. Latin words and
/// numbers are left out: the word fields index them with stemming and stop words, and indexing them twice would count
/// an English match twice.
/// </summary>
/// <remarks>
/// Built from Lucene's own parts: <see cref="StandardTokenizer"/> gives each ideograph as a token, and
/// <see cref="CJKBigramFilter"/> pairs adjacent ones (a space, punctuation or a Latin word between two characters breaks
/// the run). The filter's bigram and single-character types are the only ones kept. An index without bigram positions
/// (<see cref="BigramPostings.Frequencies"/>) takes the same terms from <see cref="HanBigramTokenizer"/>, in one pass.
/// </remarks>
/// <param name="convertTraditional">Whether traditional characters become simplified.</param>
/// <param name="postings">What the index's bigram fields hold, which decides how <c>Querying.BigramClause</c> matches
/// (the tokens are the same either way). Default: <see cref="BigramPostings.Positions"/>.</param>
internal sealed class BigramAnalyzer(bool convertTraditional, BigramPostings postings = BigramPostings.Positions) : Analyzer
{
    /// <summary>The token type of a bigram.</summary>
    public static readonly string BigramType = CJKBigramFilter.DOUBLE_TYPE;

    /// <summary>The token type of a Han character that stands alone.</summary>
    public static readonly string SingleType = CJKBigramFilter.SINGLE_TYPE;

    private static readonly string[] KeptTypes = [BigramType, SingleType];

    /// <summary>What the index's bigram fields hold.</summary>
    public BigramPostings Postings => postings;

    // HanBigramTokenizer reads the whole text and normalizes it itself; Lucene's chain needs the char filter.
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        postings == BigramPostings.Frequencies ? reader : new NormalizingCharFilter(reader, convertTraditional);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        if (postings == BigramPostings.Frequencies)
        {
            return new TokenStreamComponents(new HanBigramTokenizer(reader, convertTraditional));
        }

        var tokenizer = new StandardTokenizer(GovAnalyzer.Version, reader);
        TokenStream stream = new CJKBigramFilter(tokenizer, CJKScript.HAN, outputUnigrams: false);
        stream = new TypeTokenFilter(GovAnalyzer.Version, stream, KeptTypes, useWhiteList: true);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
