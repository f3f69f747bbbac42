using System.Text;
using GovSearch.Documents;
using Xunit;

namespace GovSearch.Tests.Documents;

public sealed class ByteLineReaderTests
{
    [Theory]
    [InlineData("a\nbb\n\nccc\n", new[] { "a", "bb", "", "ccc" })]
    [InlineData("a\nlast", new[] { "a", "last" })]
    [InlineData("one\r\n", new[] { "one\r" })]
    [InlineData("\n", new[] { "" })]
    [InlineData("", new string[0])]
    public async Task ReadLine_SplitsAtNewlinesAndReturnsALastLineWithoutOne(string text, string[] expected)
    {
        Assert.Equal(expected, (await ReadAllAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), null)).Select(b => Encoding.UTF8.GetString(b)));
    }

    [Fact]
    public async Task ReadLine_ReturnsALineLongerThanItsBufferWhole()
    {
        var longLine = new string('x', 200_000);
        var bytes = Encoding.UTF8.GetBytes($"short\n{longLine}\nend");

        var lines = (await ReadAllAsync(new TrickleStream(bytes, 7_000), null)).Select(b => Encoding.UTF8.GetString(b)).ToList();

        Assert.Equal(["short", longLine, "end"], lines);
    }

    [Fact]
    public async Task ReadLine_InUtf16_SplitsOnlyAtWholeNewlineCodeUnits()
    {
        // 上 is U+4E0A: its UTF-16LE bytes 0A 4E hold a 0x0A byte that is not a line break.
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        var bytes = encoding.GetBytes("上海\n下\n\n上");

        var lines = (await ReadAllAsync(new TrickleStream(bytes, 3), encoding.GetBytes("\n"))).Select(b => encoding.GetString(b)).ToList();

        Assert.Equal(["上海", "下", "", "上"], lines);
    }

    [Fact]
    public async Task ReadLine_InUtf32BigEndian_SplitsAtTheFourByteNewline()
    {
        var encoding = new UTF32Encoding(bigEndian: true, byteOrderMark: false);
        var bytes = encoding.GetBytes("甲\n\u0A0A\n乙");

        var lines = (await ReadAllAsync(new TrickleStream(bytes, 5), encoding.GetBytes("\n"))).Select(b => encoding.GetString(b)).ToList();

        Assert.Equal(["甲", "\u0A0A", "乙"], lines);
    }

    [Fact]
    public async Task ReadLine_SkipsALineOverTheLimit_ReportingItsLength_AndReadsTheNextOnesWhole()
    {
        var bytes = Encoding.UTF8.GetBytes($"ok\n{new string('x', 300_000)}\n12345\n123456\nlast{new string('y', 10)}");
        var reader = new ByteLineReader(new TrickleStream(bytes, 7_000), null, maxLineBytes: 5);
        var seen = new List<(string Line, bool TooLong, long Length)>();

        while (await reader.ReadLineAsync(CancellationToken.None) is { } line)
        {
            seen.Add((Encoding.UTF8.GetString(line.Span), reader.LastLineTooLong, reader.LastLineLength));
        }

        Assert.Equal([("ok", false, 2), ("", true, 300_000), ("12345", false, 5), ("", true, 6), ("", true, 14)], seen);
    }

    [Fact]
    public async Task ReadLine_InUtf16_SkipsALongLineAndStaysAlignedToCodeUnits()
    {
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        var bytes = encoding.GetBytes($"上海\n{new string('上', 100_001)}\n下\n上");
        var reader = new ByteLineReader(new TrickleStream(bytes, 4_001), encoding.GetBytes("\n"), maxLineBytes: 64);
        var seen = new List<(string Line, bool TooLong)>();

        while (await reader.ReadLineAsync(CancellationToken.None) is { } line)
        {
            seen.Add((encoding.GetString(line.Span), reader.LastLineTooLong));
        }

        Assert.Equal([("上海", false), ("", true), ("下", false), ("上", false)], seen);
        Assert.Equal(2, reader.LastLineLength);
    }

    private static async Task<List<byte[]>> ReadAllAsync(Stream stream, byte[]? lineBreak)
    {
        var reader = new ByteLineReader(stream, lineBreak);
        var lines = new List<byte[]>();
        while (await reader.ReadLineAsync(CancellationToken.None) is { } line)
        {
            lines.Add(line.ToArray());
        }

        return lines;
    }
}
