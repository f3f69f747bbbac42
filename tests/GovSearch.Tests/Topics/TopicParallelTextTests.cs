using GovSearch.Topics;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Topics;

/// <summary>The aligned texts of <see cref="TopicModelOptions.ParallelTextFiles"/>: corpus-schema JSONL pairs by
/// parallel_id, or chinese TAB english lines; bad files name the file and line.</summary>
public sealed class TopicParallelTextTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("govsearch-topic-parallel-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Jsonl_PairsZhAndEnByParallelId_InFirstRecordOrder_SkippingOtherLanguagesAndLoneSides()
    {
        var path = Write("units.jsonl",
            """{"id": "a-zh", "lang": "zh", "parallel_id": "a", "title": "序言", "text": "中国是世界上历史最悠久的国家之一。"}""",
            """{"id": "b-en", "lang": "en", "parallel_id": "b", "text": "Everyone has the right to life."}""",
            """{"id": "a-hant", "lang": "zh-Hant", "parallel_id": "a", "text": "中國是世界上歷史最悠久的國家之一。"}""",
            "",
            """{"id": "a-en", "lang": "en", "parallel_id": "a", "text": "China is one of the countries with the longest histories."}""",
            """{"id": "b-zh", "lang": "zh", "parallel_id": "b", "text": "人人有权享有生命。"}""",
            """{"id": "c-en", "lang": "en", "parallel_id": "c", "text": "Alone."}""");

        var pairs = TopicParallelText.Load(path);

        Assert.Equal(
            [("序言\n中国是世界上历史最悠久的国家之一。", "China is one of the countries with the longest histories."), ("人人有权享有生命。", "Everyone has the right to life.")],
            pairs);
    }

    [Fact]
    public void Tsv_ReadsChineseTabEnglishLines()
    {
        var path = Write("pairs.txt", "# comment", "依法治国\tthe rule of law", "生态环境\tecological environment");

        Assert.Equal([("依法治国", "the rule of law"), ("生态环境", "ecological environment")], TopicParallelText.Load(path));
    }

    [Theory]
    [InlineData("""{"lang": "zh", "text": "中国"}""", ":1: the record has no 'parallel_id'.")]
    [InlineData("""{"lang": "zh", "parallel_id": "a", "text": 3}""", ":1: 'text' must be a non-empty string.")]
    [InlineData("not json", ":1: not a JSON object")]
    [InlineData("[1, 2]", ":1: expected a JSON object")]
    public void Jsonl_BadRecord_NamesFileAndLine(string line, string message)
    {
        var path = Write("bad.jsonl", line);

        var error = Assert.Throws<TranslationFileException>(() => TopicParallelText.Load(path));

        Assert.StartsWith(path + message, error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Jsonl_SecondRecordOfOneSide_NamesBothLines()
    {
        var path = Write("twice.jsonl",
            """{"lang": "zh", "parallel_id": "a", "text": "一"}""",
            """{"lang": "en", "parallel_id": "a", "text": "one"}""",
            """{"lang": "zh", "parallel_id": "a", "text": "二"}""");

        var error = Assert.Throws<TranslationFileException>(() => TopicParallelText.Load(path));

        Assert.Equal(3, error.Line);
        Assert.Contains("second 'zh' record for parallel_id 'a'", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileOrNoPair_NamesTheFile()
    {
        var missing = Path.Combine(_folder, "none.jsonl");
        Assert.StartsWith(missing + ": ", Assert.Throws<TranslationFileException>(() => TopicParallelText.Load(missing)).Message, StringComparison.Ordinal);

        var lonely = Write("lonely.jsonl", """{"lang": "en", "parallel_id": "a", "text": "one"}""");
        Assert.Contains("no pairs", Assert.Throws<TranslationFileException>(() => TopicParallelText.Load(lonely)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CorpusParallelJsonl_GivesItsZhEnPairs()
    {
        var pairs = TopicParallelText.Load(TestCorpus.Require("parallel.jsonl"));

        Assert.True(pairs.Count >= 100);
        Assert.All(pairs, p => Assert.True(p.Chinese.Length > 0 && p.English.Length > 0));
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
