using System.Collections.Frozen;
using GovSearch.Analysis;
using GovSearch.Topics;

namespace GovSearch.CrossLingual;

/// <summary>
/// Turns text into the terms word alignment learns from, with the index's own analysis (<see cref="GovAnalyzer"/>
/// in <see cref="AnalysisMode.Query"/>): Chinese words and protected formulations exactly as a query gives them, and
/// English words lower-cased, stop-word filtered and Porter-stemmed as the index holds them. So a translation found
/// in the table is a term the index can match.
/// </summary>
/// <remarks>
/// Numbers (English number words and month names too) and function words are dropped: they carry no translation and
/// would only soak up probability mass. The
/// function words are those <see cref="TopicTokenizer"/> drops, plus single Chinese characters that are particles,
/// prepositions or conjunctions (的, 了, 和 …); single characters with content (党, 税, 法) are kept.
/// The analysis is <see cref="TopicTokenizer"/>'s, with this rule of what to keep. Safe for concurrent use: the
/// analyzer keeps one token stream per thread.
/// </remarks>
internal sealed class TranslationTokenizer : IDisposable
{
    private static readonly FrozenSet<string> ChineseFunctionCharacters = FrozenSet.Create(
        StringComparer.Ordinal,
        "的", "了", "和", "与", "及", "或", "是", "在", "对", "为", "以", "等", "由", "其", "并", "将", "也", "都", "要",
        "把", "被", "从", "向", "于", "之", "而", "这", "那", "有", "上", "中", "下", "个", "各", "就", "又", "更", "还",
        "使", "让", "给", "到", "着", "过", "地", "得", "所", "此", "该", "则", "即", "如", "至", "一", "不", "我", "们",
        "你", "他", "它", "她", "自", "已", "会", "能", "可", "应", "须", "好", "大", "多", "年", "日", "月");

    /// <summary>
    /// English number words and month names, as the analyzer stems them: the Chinese side writes these as numerals
    /// (三, 万, 亿, 3月), which are dropped, so kept English forms would align with whatever else the sentence holds
    /// (人 → million from 万人, 次 → march from 第二次会议 … 3月5日).
    /// </summary>
    private static readonly FrozenSet<string> EnglishNumberForms = FrozenSet.Create(
        StringComparer.Ordinal,
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelv", "twenti",
        "thirti", "forti", "fifti", "sixti", "seventi", "eighti", "nineti", "hundr", "thousand", "million", "billion",
        "trillion", "dozen", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "11th", "12th", "13th", "14th", "januari", "februari", "march", "april", "june", "juli", "august",
        "septemb", "octob", "novemb", "decemb");

    private readonly TopicTokenizer _topics;

    /// <summary>Creates a tokenizer with the given analysis settings (those of the index the table serves).</summary>
    /// <exception cref="ArgumentException">An analysis setting is out of range.</exception>
    public TranslationTokenizer(AnalysisOptions analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        _topics = new TopicTokenizer(analysis);
    }

    /// <summary>The content terms of a text, in order.</summary>
    public IReadOnlyList<string> Tokenize(string? text) => _topics.Terms(text, Keeps);

    /// <inheritdoc />
    public void Dispose() => _topics.Dispose();

    private bool Keeps(string term, string type)
    {
        if (type == TokenTypes.Number)
        {
            return false;
        }

        if (type == TokenTypes.Word)
        {
            return term.Length > 1 && term.Any(char.IsLetter) && !_topics.IsEnglishFunctionForm(term) && !EnglishNumberForms.Contains(term);
        }

        return !TopicTokenizer.ChineseStopWords.Contains(term) && !ChineseFunctionCharacters.Contains(term)
            && !TopicTokenizer.IsNumeral(term);
    }
}
