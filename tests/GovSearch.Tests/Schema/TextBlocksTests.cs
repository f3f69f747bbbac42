using GovSearch.Schema;

namespace GovSearch.Tests.Schema;

/// <summary>Text storage 2's blocks: exact round trips with surrogate pairs cut at block ends, any prefix of a block,
/// and a truncated or empty block reported as <see cref="InvalidDataException"/>.</summary>
public sealed class TextBlocksTests
{
    /// <summary>A text of Chinese, English and characters beyond the BMP, with a surrogate pair cut by the first and the
    /// second block boundary.</summary>
    private static string Text()
    {
        var builder = new System.Text.StringBuilder();
        var random = new Random(13);
        string[] pieces = ["第一条 为了规范口岸开放，提高口岸通关效率，保障口岸安全畅通。", "The State Council shall report to the Congress. ", "𠀀𡃁𪚥", "\n第二章 总则\n"];
        while (builder.Length < (3 * TextBlocks.BlockCharacters) + 100)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        var text = builder.ToString().ToCharArray();
        foreach (var boundary in new[] { TextBlocks.BlockCharacters, 2 * TextBlocks.BlockCharacters })
        {
            text[boundary - 1] = '\uD840';
            text[boundary] = '\uDC00';
        }

        return new string(text);
    }

    private static List<(string Chars, byte[] Compressed)> Blocks(string text, Func<string, byte[]> compress) =>
        Enumerable.Range(0, TextBlocks.BlockCount(text.Length))
            .Select(b => text.Substring(b * TextBlocks.BlockCharacters, Math.Min(TextBlocks.BlockCharacters, text.Length - (b * TextBlocks.BlockCharacters))))
            .Select(chars => (chars, compress(chars)))
            .ToList();

    [Fact]
    public void Compress_RoundTripsEveryBlockExactly_SurrogatePairsCutAtBlockEndsIncluded()
    {
        var text = Text();
        var blocks = Blocks(text, chars => TextBlocks.Compress(chars, null));
        var back = string.Concat(blocks.Select(b =>
        {
            var chars = new char[b.Chars.Length];
            TextBlocks.Decompress(b.Compressed, chars, TextBlocks.BrotliStorage);
            return new string(chars);
        }));
        Assert.Equal(text, back);
        Assert.True(char.IsHighSurrogate(blocks[0].Chars[^1]) && char.IsLowSurrogate(blocks[1].Chars[0]));
    }

    [Fact]
    public void Decompress_ReadsAnyPrefixOfABlock()
    {
        var (chars, compressed) = Blocks(Text(), chars => TextBlocks.Compress(chars, null))[1];
        foreach (var length in new[] { 0, 1, 17, chars.Length - 1, chars.Length })
        {
            var prefix = new char[length];
            TextBlocks.Decompress(compressed, prefix, TextBlocks.BrotliStorage);
            Assert.Equal(chars[..length], new string(prefix));
        }
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("empty")]
    public void Decompress_OfADamagedBlock_ThrowsInvalidDataExceptionSayingTheIndexIsDamaged(string damage)
    {
        var (chars, compressed) = Blocks(Text(), chars => TextBlocks.Compress(chars, null))[0];
        byte[] damaged = damage == "truncated" ? compressed[..(compressed.Length / 2)] : [];
        var error = Assert.Throws<InvalidDataException>(() => TextBlocks.Decompress(damaged, new char[chars.Length], TextBlocks.BrotliStorage));
        Assert.Contains("the index is damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_ReturnsATextWithSurrogatePairsAtBlockEndsExactly_WholeAndInWindows()
    {
        var text = Text();
        using var index = GovSearchIndex.CreateInMemory();
        await index.AddAsync(new GovDocument("d") { Title = "口岸条例", Text = text });
        await index.CommitAsync();
        Assert.Equal(text, (await index.GetAsync("d"))!.Document.Text);
        index.WithSearcher(searcher =>
        {
            var (segment, local) = SegmentValues.Leaf(searcher.IndexReader, 0);
            var boundary = TextBlocks.BlockCharacters;
            foreach (var (start, end) in new[] { (boundary - 1, boundary + 1), (boundary, boundary + 1), (5, 2 * boundary + 3), (0, text.Length) })
            {
                Assert.Equal(text[start..end], new string(SegmentValues.Window(segment, local, start, end)));
            }

            var windows = SegmentValues.Windows(segment, local, [(boundary - 1, boundary + 1), (10, 20), (2 * boundary - 3, 2 * boundary + 2)]);
            Assert.Equal(text[(boundary - 1)..(boundary + 1)], new string(windows[0]));
            Assert.Equal(text[10..20], new string(windows[1]));
            Assert.Equal(text[(2 * boundary - 3)..(2 * boundary + 2)], new string(windows[2]));
            return 0;
        });
    }
}
