using System.Text;
using System.Text.Json;
using GovSearch.Documents;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Documents.Formats;

/// <summary>Undeclared GBK and Big5 text (made by iconv) is told apart and decoded.</summary>
public sealed class LegacyEncodingTests
{
    [Theory]
    [InlineData("plain-gbk.txt", "plain-zh.txt")]
    [InlineData("plain-big5.txt", "plain-hant.txt")]
    public async Task UndeclaredLegacyText_DecodesToTheSourceText(string encoded, string source)
    {
        var document = await FormatFixtures.LoadAsync(encoded);

        Assert.Equal(await File.ReadAllTextAsync(FormatFixtures.Path(Path.Combine("sources", source))), document.Text);
    }

    /// <summary>Every Chinese document of the corpus sample, encoded as GBK, and again converted to traditional
    /// characters (ICU's Simplified-Traditional transliterator) and encoded as Big5, is detected as that encoding.
    /// Documents an encoding cannot hold are left out of its count.</summary>
    [Fact]
    public async Task CorpusSample_EncodedAsGbkOrBig5_IsDetectedAsSuch()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding(936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var big5 = Encoding.GetEncoding(950, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var toTraditional = ICU4N.Text.Transliterator.GetInstance("Simplified-Traditional");
        var tried = new Dictionary<int, int> { [936] = 0, [950] = 0 };
        var wrong = new List<string>();
        foreach (var line in await File.ReadAllLinesAsync(TestCorpus.Require("dev.jsonl")))
        {
            using var record = JsonDocument.Parse(line);
            var text = record.RootElement.GetProperty("text").GetString()!;
            if (record.RootElement.GetProperty("lang").GetString() != "zh" || text.Length < 20)
            {
                continue;
            }

            text = text.Length > 2000 ? text[..2000] : text;
            foreach (var (encoding, sample) in new[] { (gbk, text), (big5, toTraditional.Transliterate(text)) })
            {
                byte[] bytes;
                try
                {
                    bytes = encoding.GetBytes(sample);
                }
                catch (EncoderFallbackException)
                {
                    continue;
                }

                tried[encoding.CodePage]++;
                var (detected, _) = TextDecoder.Detect(bytes, null);
                var expected = encoding == gbk ? TextDecoder.StrictGb18030.CodePage : 950;
                if (detected.CodePage != expected)
                {
                    wrong.Add($"{record.RootElement.GetProperty("id").GetString()} as {encoding.WebName}");
                }
            }
        }

        Assert.True(tried[936] >= 100 && tried[950] >= 50, $"only {tried[936]} GBK and {tried[950]} Big5 samples");
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {tried[936] + tried[950]} detected wrongly: {string.Join(", ", wrong)}");
    }
}
