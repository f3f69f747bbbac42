using System.Text;
using GovSearch.Documents;
using Xunit;

namespace GovSearch.Tests.Documents;

public sealed class TextDecoderTests
{
    private const string Sample = "国家治理 governance 𠀀";

    public static TheoryData<string, int> MarkedEncodings() => new()
    {
        { "utf-8", 3 },
        { "utf-16", 2 },
        { "utf-16BE", 2 },
        { "utf-32", 4 },
        { "utf-32BE", 4 },
    };

    [Theory]
    [MemberData(nameof(MarkedEncodings))]
    public void Decode_RecognisesEachByteOrderMark(string webName, int preambleLength)
    {
        var encoding = Encoding.GetEncoding(webName);
        var bytes = LoaderHarness.Encode(Sample, encoding);

        var (detected, preamble) = TextDecoder.Detect(bytes, declared: null);
        var text = TextDecoder.Decode(bytes, declared: null, out _);

        Assert.Equal(encoding.CodePage, detected.CodePage);
        Assert.Equal(preambleLength, preamble);
        Assert.Equal(Sample, text);
    }

    [Fact]
    public void Decode_ReadsValidUtf8WithoutAMark()
    {
        var text = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample), declared: null, out var encoding);

        Assert.Equal(Sample, text);
        Assert.Same(TextDecoder.StrictUtf8, encoding);
    }

    [Fact]
    public void Decode_FallsBackToGb18030WhenTheBytesAreNotUtf8()
    {
        var bytes = LoaderHarness.Gb18030.GetBytes("中华人民共和国数据安全法𠀀");
        Assert.False(TextDecoder.IsValidUtf8(bytes));

        var text = TextDecoder.Decode(bytes, declared: null, out var encoding);

        Assert.Equal("中华人民共和国数据安全法𠀀", text);
        Assert.Equal(54936, encoding.CodePage);
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0xFF, 0xFF, 0x42 })]
    [InlineData(new byte[] { 0x41, 0x80 })]
    [InlineData(new byte[] { 0x41, 0x81 })]
    public void Decode_RejectsBytesThatAreNeitherUtf8NorGb18030(byte[] bytes)
    {
        Assert.Throws<DecoderFallbackException>(() => TextDecoder.Decode(bytes, declared: null, out _));
    }

    [Fact]
    public void Decode_RejectsUtf16WithoutAMark_SayingHowToFixIt()
    {
        // ASCII in UTF-16 is also valid UTF-8 ("a\0b\0"), so only the NUL bytes give it away.
        var bytes = new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes("abc");
        Assert.True(TextDecoder.IsValidUtf8(bytes));

        var error = Assert.Throws<DecoderFallbackException>(() => TextDecoder.Decode(bytes, declared: null, out _));

        Assert.StartsWith("The bytes contain NUL characters (the first at byte offset 1), as UTF-16 without a byte-order mark does;", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Index);
    }

    [Fact]
    public void Decode_UsesTheDeclaredEncodingFirstAndSkipsItsMark()
    {
        var latin1 = Encoding.Latin1;
        var bytes = latin1.GetBytes("Café");

        Assert.Equal("Café", TextDecoder.Decode(bytes, latin1, out _));

        var utf16 = LoaderHarness.Encode(Sample, Encoding.Unicode);
        Assert.Equal(Sample, TextDecoder.Decode(utf16, Encoding.Unicode, out _));
        Assert.Equal(Sample, TextDecoder.Decode(utf16[2..], Encoding.Unicode, out _));
    }

    [Fact]
    public void Decode_DeclaredEncodingsAreStrict()
    {
        Assert.Throws<DecoderFallbackException>(() => TextDecoder.Decode([0x41, 0xFF], Encoding.UTF8, out _));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x7B, 0x00 }, 1200, 2)]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x7B }, 1201, 2)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }, 12000, 4)]
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF }, 12001, 4)]
    public void DetectWide_FindsUtf16AndUtf32FromTheirMarks(byte[] head, int codePage, int preambleLength)
    {
        var wide = TextDecoder.DetectWide(head, declared: null);

        Assert.NotNull(wide);
        Assert.Equal(codePage, wide.Value.Encoding.CodePage);
        Assert.Equal(preambleLength, wide.Value.PreambleLength);
    }

    [Fact]
    public void DetectWide_IgnoresByteWideInputAndFollowsADeclaredEncoding()
    {
        Assert.Null(TextDecoder.DetectWide([0xEF, 0xBB, 0xBF, 0x7B], declared: null));
        Assert.Null(TextDecoder.DetectWide("{\"i"u8, declared: null));
        Assert.Null(TextDecoder.DetectWide("{\"i"u8, LoaderHarness.Gb18030));
        Assert.Equal(1201, TextDecoder.DetectWide([0x00, 0x7B], Encoding.BigEndianUnicode)?.Encoding.CodePage);
    }

    [Fact]
    public void Decode_RejectsDamagedUtf8_GivingTheOffsetOfTheFirstBadByte_RatherThanReadingItAsGb18030()
    {
        // Good UTF-8 with one sequence cut short: the bytes also happen to be valid GB18030, which would be nonsense.
        var good = Encoding.UTF8.GetBytes("中华人民共和国数据安全法");
        byte[] bytes = [.. good, 0xE4, 0xB8, .. Encoding.UTF8.GetBytes("中文")];
        Assert.DoesNotContain("中华", TextDecoder.StrictGb18030.GetString(bytes), StringComparison.Ordinal);

        var error = Assert.Throws<DecoderFallbackException>(() => TextDecoder.Decode(bytes, declared: null, out _));

        Assert.Equal(good.Length, error.Index);
        Assert.StartsWith($"byte 0xE4 at byte offset {good.Length} is not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("标题")]
    [InlineData("全国人民代表大会常务委员会")]
    [InlineData("第一条 为了规范数据处理活动，保障数据安全，促进数据开发利用，保护个人、组织的合法权益，制定本法。")]
    public void Decode_StillReadsGb18030ThatIsNotUtf8(string text)
    {
        var bytes = LoaderHarness.Gb18030.GetBytes(text);

        Assert.Equal(text, TextDecoder.Decode(bytes, declared: null, out var encoding));
        Assert.Equal(LoaderHarness.Gb18030.CodePage, encoding.CodePage);
    }
}
