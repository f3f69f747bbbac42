using GovSearch.Analysis;
using Xunit;

namespace GovSearch.Tests.Analysis;

public sealed class ProtectedTermMatcherTests
{
    private static readonly ProtectedTermMatcher Matcher = new(["依法治国", "全面依法治国", "全面", "全面深化改革", "依法治国"]);

    [Theory]
    [InlineData("全面依法治国", 0, 6)]
    [InlineData("全面深化改革", 0, 6)]
    [InlineData("全面建设", 0, 2)]
    [InlineData("全面依法治国", 2, 4)]
    [InlineData("全面依法治国", 1, 0)]
    [InlineData("依法治", 0, 0)]
    public void LongestAt_FindsTheLongestTermStartingThere(string text, int start, int expected)
    {
        Assert.Equal(expected, Matcher.LongestAt(text.ToCharArray(), start, text.Length));
    }

    [Fact]
    public void LongestAt_DoesNotLookPastTheEnd()
    {
        var buffer = "全面依法治国".ToCharArray();

        Assert.Equal(2, Matcher.LongestAt(buffer, 0, 5));
    }

    [Fact]
    public void AllAt_ListsEveryTermStartingThereLongestFirst()
    {
        var lengths = new List<int>();

        Matcher.AllAt("全面依法治国".ToCharArray(), 0, 6, lengths);

        Assert.Equal([6, 2], lengths);
    }

    [Fact]
    public void IsEmpty_IsTrueOnlyWithoutTerms()
    {
        Assert.True(new ProtectedTermMatcher([]).IsEmpty);
        Assert.False(Matcher.IsEmpty);
        Assert.Equal(0, new ProtectedTermMatcher([]).LongestAt("依法治国".ToCharArray(), 0, 4));
    }

    [Fact]
    public void ManyTermsSharingAFirstCharacter_LongestStillWins_AndTheEndBoundsTheMatch()
    {
        // A user dictionary puts thousands of words behind one first character.
        var terms = Enumerable.Range(0, 5000).Select(i => "全" + (char)(0x4E00 + i)).Append("全面依法治国").Append("全面").ToList();
        var matcher = new ProtectedTermMatcher(terms);
        var lengths = new List<int>();
        var text = "全面依法治国".ToCharArray();

        matcher.AllAt(text, 0, text.Length, lengths);

        Assert.Equal(6, matcher.LongestAt(text, 0, text.Length));
        Assert.Equal(2, matcher.LongestAt(text, 0, 4));
        Assert.Equal([6, 2], lengths);
    }
}
