using System.Collections.Frozen;
using GovSearch.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GovSearch.Topics;

/// <summary>
/// Turns a document's title and text into the words a topic model learns from, using the index's own analysis
/// (<see cref="GovAnalyzer"/> in <see cref="AnalysisMode.Query"/>, so each protected formulation is one word and is
/// not also split into its parts).
/// </summary>
/// <remarks>
/// <para>Of the analyzer's tokens it keeps Chinese words, protected formulations and English words (already
/// lower-cased, stop-word filtered and stemmed by the analyzer, as the index sets them), and drops:</para>
/// <list type="bullet">
/// <item>numbers: the analyzer's number tokens, English tokens without a letter, and Chinese words written only with
/// numerals (二十一, 第三) — article and chapter numbers say nothing about a topic;</item>
/// <item>single characters (one Unicode code point): 的, 条, "s";</item>
/// <item>the Chinese function words in <see cref="ChineseStopWords"/>;</item>
/// <item>the English function words in <see cref="EnglishFunctionWords"/>, which Lucene's short English stop list
/// (the analyzer's) lets through: without them "we", "our" and "have" lead every English topic.</item>
/// </list>
/// <para>Safe for concurrent use: the analyzer keeps one token stream per thread.</para>
/// </remarks>
internal sealed class TopicTokenizer : IDisposable
{
    private const string FieldName = "text";

    /// <summary>
    /// Chinese function words dropped from topic tokens. Kept short on purpose: conjunctions, prepositions,
    /// modal verbs and pronouns that SmartCn gives as words of two or more characters and that occur in every kind of
    /// text (single-character ones such as 的 了 和 与 及 或 是 在 对 为 以 等 由 其 并 将 are listed too, for
    /// clarity, though the single-character rule drops them already). Content words that are merely frequent (规定,
    /// 管理) are not listed: <see cref="TopicModelOptions.MaximumDocumentFrequencyShare"/> removes them when they
    /// occur in most documents.
    /// </summary>
    public static FrozenSet<string> ChineseStopWords { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "的", "了", "和", "与", "及", "或", "是", "在", "对", "为", "以", "等", "由", "其", "并", "将",
        "应当", "可以", "以及", "或者", "并且", "而且", "但是", "如果", "因为", "所以", "对于", "关于", "按照", "依照",
        "根据", "通过", "进行", "其他", "其中", "有关", "以上", "以下", "之一", "一个", "我们", "他们", "这些", "那些",
        "这个", "这样", "已经", "没有", "不得", "应该", "必须", "能够", "之间", "之后", "以前", "以后", "同时", "本法");

    /// <summary>
    /// English function words dropped from topic tokens, beyond the analyzer's stop words: pronouns, auxiliary and
    /// modal verbs, quantifiers and connectives. They are compared after analysis, so they match the stemmed forms
    /// ("has" is dropped as "ha").
    /// </summary>
    public static IReadOnlyList<string> EnglishFunctionWords { get; } =
    [
        "i", "me", "my", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourselves",
        "he", "him", "his", "she", "her", "hers", "its", "them", "themselves", "what", "which", "who", "whom",
        "whose", "those", "am", "were", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing",
        "done", "would", "should", "could", "can", "may", "might", "must", "shall", "also", "all", "any", "both",
        "each", "few", "more", "most", "other", "some", "only", "own", "same", "so", "than", "too", "very", "just",
        "now", "every", "many", "much", "upon", "whether", "while", "within", "without", "about", "above", "after",
        "again", "against", "before", "below", "between", "during", "from", "further", "here", "how", "once", "over",
        "through", "under", "until", "up", "down", "off", "out", "why", "when", "where", "because", "since",
        "though", "although", "yet", "however", "therefore", "thus", "hereby", "herein", "thereof", "one", "two",
        "three", "first", "second", "new", "make", "made", "let", "get", "like", "well", "even", "still", "ever",
        "never", "say", "said", "year", "years", "time",
    ];

    private static readonly FrozenSet<char> ChineseNumerals = FrozenSet.Create(
        "〇零一二三四五六七八九十百千万亿两第".ToCharArray());

    private readonly GovAnalyzer _analyzer;
    private readonly FrozenSet<string> _englishStopForms;
    private readonly FrozenSet<string> _protectedTerms;

    /// <summary>Creates a tokenizer with the analysis settings of the index.</summary>
    /// <exception cref="ArgumentException">An analysis setting is out of range.</exception>
    public TopicTokenizer(AnalysisOptions analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        _analyzer = new GovAnalyzer(analysis, AnalysisMode.Query);
        var forms = new List<string>();
        foreach (var word in EnglishFunctionWords)
        {
            AddAnalyzed(word, forms, static (_, _) => true);
        }

        _englishStopForms = forms.ToFrozenSet(StringComparer.Ordinal);
        _protectedTerms = analysis.NormalizedProtectedTerms().Select(t => t.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The topic tokens of a document: those of its title, then those of its text.</summary>
    public IReadOnlyList<string> Tokenize(GovDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Tokenize(document.Title, document.Text);
    }

    /// <summary>The topic tokens of a title and a text, in order: those of the title, then those of the text.</summary>
    public IReadOnlyList<string> Tokenize(string? title, string? text)
    {
        var tokens = new List<string>();
        AddTokens(title, tokens);
        AddTokens(text, tokens);
        return tokens;
    }

    /// <summary>Whether a token of the given analyzer type is kept as a topic token.</summary>
    internal bool Keeps(string term, string type)
    {
        if (type == TokenTypes.Number || CountCodePoints(term) < 2)
        {
            return false;
        }

        if (type == TokenTypes.Word)
        {
            return term.Any(char.IsLetter) && !_englishStopForms.Contains(term);
        }

        return !ChineseStopWords.Contains(term) && !IsNumeral(term);
    }

    /// <summary>
    /// Whether a term the index holds is kept as a topic token, judged from its text alone: a term with a Han character
    /// is a Chinese word or protected formulation (the analyzer never mixes Han with other characters in one token),
    /// any other term is kept as an English word only when it has a letter, which number tokens never have. Gives what
    /// <see cref="Keeps"/> gives for the term and its type.
    /// </summary>
    internal bool KeepsIndexed(string term) =>
        Keeps(term, term.Length > 0 && CharClass.IsHan(term[0]) ? TokenTypes.Han : TokenTypes.Word);

    /// <summary>The analyzer's form of one word ("country" gives "countri"), or <see langword="null"/> when the word is
    /// not kept as one topic token.</summary>
    internal string? Stem(string word)
    {
        var tokens = new List<string>(1);
        AddTokens(word, tokens);
        return tokens.Count == 1 ? tokens[0] : null;
    }

    /// <summary>The analyzer's terms of a text that <paramref name="keep"/> (term, analyzer type) accepts, in order: the
    /// same analysis with another rule of what to keep.</summary>
    internal IReadOnlyList<string> Terms(string? text, Func<string, string, bool> keep)
    {
        var terms = new List<string>();
        AddAnalyzed(text, terms, keep);
        return terms;
    }

    /// <summary>Whether a term is the analyzer's form of one of <see cref="EnglishFunctionWords"/>.</summary>
    internal bool IsEnglishFunctionForm(string term) => _englishStopForms.Contains(term);

    /// <summary>Whether a Chinese term is written only with numerals (二十一, 第三).</summary>
    internal static bool IsNumeral(string term) => term.All(ChineseNumerals.Contains);

    /// <summary>Whether a term is one of the protected formulations of the analysis settings, as the index holds it.</summary>
    internal bool IsProtected(string term) => _protectedTerms.Contains(term);

    /// <summary>The protected formulations of the analysis settings, as the index holds them.</summary>
    internal IEnumerable<string> ProtectedTerms => _protectedTerms;

    /// <inheritdoc />
    public void Dispose() => _analyzer.Dispose();

    private void AddTokens(string? text, List<string> tokens) => AddAnalyzed(text, tokens, (term, type) => Keeps(term, type));

    private void AddAnalyzed(string? text, List<string> tokens, Func<string, string, bool> keep)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        using var stream = _analyzer.GetTokenStream(FieldName, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (keep(value, type.Type))
            {
                tokens.Add(value);
            }
        }

        stream.End();
    }

    private static int CountCodePoints(string term)
    {
        var count = 0;
        foreach (var _ in term.EnumerateRunes())
        {
            if (++count >= 2)
            {
                break;
            }
        }

        return count;
    }
}
