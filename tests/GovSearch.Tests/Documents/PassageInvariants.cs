using GovSearch.Documents;
using Xunit;

namespace GovSearch.Tests.Documents;

/// <summary>What every split must satisfy, whatever the text.</summary>
internal static class PassageInvariants
{
    /// <summary>
    /// Numbers run 1..n; passages are non-empty, in order and do not overlap; each starts on a non-blank character,
    /// keeps surrogate pairs whole and is at most <see cref="PassageSplitter.MaxPassageLength"/> long; every
    /// non-blank character of the text is in a passage; and splitting again gives the same passages.
    /// </summary>
    public static void AssertValid(string text, IReadOnlyList<Passage> passages, string name = "text")
    {
        var previousEnd = 0;
        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            Assert.True(passage.Number == i + 1, $"{name}: passage {i + 1} is numbered {passage.Number}.");
            Assert.True(passage.Length > 0 && passage.Start >= previousEnd && passage.End <= text.Length, $"{name}: passage {passage} is empty, out of order or outside the text.");
            Assert.True(passage.Length <= PassageSplitter.MaxPassageLength, $"{name}: passage {passage.Number} is {passage.Length} characters long.");
            Assert.False(char.IsWhiteSpace(text[passage.Start]), $"{name}: passage {passage.Number} starts with white space.");
            Assert.False(char.IsLowSurrogate(text[passage.Start]) || char.IsHighSurrogate(text[passage.End - 1]), $"{name}: passage {passage.Number} splits a surrogate pair.");
            AssertBlank(text, previousEnd, passage.Start, name);
            previousEnd = passage.End;
        }

        AssertBlank(text, previousEnd, text.Length, name);
        Assert.Equal(passages, PassageSplitter.Split(text));
    }

    private static void AssertBlank(string text, int start, int end, string name)
    {
        for (var i = start; i < end; i++)
        {
            Assert.True(char.IsWhiteSpace(text[i]), $"{name}: '{text[i]}' at {i} is in no passage.");
        }
    }
}
