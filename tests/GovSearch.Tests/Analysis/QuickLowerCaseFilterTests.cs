using System.Text;
using GovSearch.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace GovSearch.Tests.Analysis;

/// <summary>GovSearch's lower-casing gives Lucene's LowerCaseFilter's tokens, character for character.</summary>
public sealed class QuickLowerCaseFilterTests
{
    [Theory]
    [InlineData("State Council")]
    [InlineData("国务院ABC")]
    [InlineData("ÄÖÜ Straße")]
    [InlineData("İSTANBUL ıi")]
    [InlineData("ΣΊΣΥΦΟΣ")]
    [InlineData("ＡＢＣ全角")]
    [InlineData("𐐀𐐁 Deseret")]
    [InlineData("中\uD840\uDC00国 X")]
    [InlineData("ǅǈǋ Ⅻ ⓐⒶ")]
    [InlineData("")]
    public void LowerCase_EqualsLucenesLowerCaseFilter(string text) =>
        Assert.Equal(Lucene(text), Quick(text));

    [Fact]
    public void LowerCase_EqualsLucenesLowerCaseFilterOnRandomText()
    {
        var random = new Random(20261207);
        for (var n = 0; n < 5_000; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 12);
            for (var k = 0; k < length; k++)
            {
                // Mostly ASCII and Han, with any BMP character and some supplementary ones among them.
                switch (random.Next(6))
                {
                    case 0: builder.Append((char)random.Next('A', 'Z' + 1)); break;
                    case 1: builder.Append((char)random.Next(0x20, 0x7F)); break;
                    case 2: builder.Append((char)random.Next(0x4E00, 0xA000)); break;
                    case 3: builder.Append(char.ConvertFromUtf32(random.Next(0x10400, 0x10450))); break;
                    default:
                        var c = (char)random.Next(0x80, 0xD800);
                        builder.Append(c);
                        break;
                }
            }

            var text = builder.ToString();
            Assert.True(Lucene(text) == Quick(text), $"Differs on {string.Join(' ', text.Select(c => ((int)c).ToString("X4")))}");
        }
    }

    private static string Lucene(string text) => Run(text, input => new LowerCaseFilter(LuceneVersion.LUCENE_48, input));

    private static string Quick(string text) => Run(text, input => new QuickLowerCaseFilter(LuceneVersion.LUCENE_48, input));

    private static string Run(string text, Func<TokenStream, TokenStream> filter)
    {
        using var stream = filter(new KeywordTokenizer(new StringReader(text)));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var result = new StringBuilder();
        while (stream.IncrementToken())
        {
            result.Append(term.ToString()).Append('|');
        }

        stream.End();
        return result.ToString();
    }
}
