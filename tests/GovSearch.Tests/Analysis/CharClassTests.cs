using GovSearch.Analysis;
using Xunit;

namespace GovSearch.Tests.Analysis;

public sealed class CharClassTests
{
    [Theory]
    [InlineData('中', true)]
    [InlineData('〇', true)]
    [InlineData('\u3400', true)]
    [InlineData('\u9FFF', true)]
    [InlineData('\uF900', true)]
    [InlineData('。', false)]
    [InlineData('あ', false)]
    [InlineData('한', false)]
    [InlineData('A', false)]
    [InlineData('\uD840', false)]
    public void IsHan_CoversBmpIdeographsAndTheIdeographicZero(char c, bool expected)
    {
        Assert.Equal(expected, CharClass.IsHan(c));
    }

    [Theory]
    [InlineData(0x20000, true)]
    [InlineData(0x2A6A5, true)]
    [InlineData(0x3FFFF, true)]
    [InlineData(0x1F600, false)]
    [InlineData(0x40000, false)]
    [InlineData(0x4E2D, false)]
    public void IsSupplementaryHan_CoversExtensionBAndLater(int codePoint, bool expected)
    {
        Assert.Equal(expected, CharClass.IsSupplementaryHan(codePoint));
    }

    [Theory]
    [InlineData('a', true)]
    [InlineData('Ω', true)]
    [InlineData('7', true)]
    [InlineData('\u0301', true)]
    [InlineData('中', false)]
    [InlineData('-', false)]
    [InlineData('\'', false)]
    [InlineData('%', false)]
    public void IsWordChar_TakesLettersDigitsAndMarksOfScriptsOtherThanHan(char c, bool expected)
    {
        Assert.Equal(expected, CharClass.IsWordChar(c));
    }

    [Theory]
    [InlineData('a', true)]
    [InlineData('Z', true)]
    [InlineData('é', true)]
    [InlineData('ɏ', true)]
    [InlineData('×', false)]
    [InlineData('÷', false)]
    [InlineData('Ω', false)]
    [InlineData('Ａ', false)]
    public void IsLatinLetter_ExcludesTheMultiplicationAndDivisionSigns(char c, bool expected)
    {
        Assert.Equal(expected, CharClass.IsLatinLetter(c));
    }
}
