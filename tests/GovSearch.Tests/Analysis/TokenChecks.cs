using GovSearch.Analysis;
using Xunit;

namespace GovSearch.Tests.Analysis;

/// <summary>Properties every token stream of <see cref="GovAnalyzer"/> must have, whatever the text.</summary>
internal static class TokenChecks
{
    /// <summary>
    /// Offsets lie inside the text and never go backwards; each term has no lone surrogate; Han terms are exactly the
    /// normalized original text at their offsets; the first position increment is at least 1.
    /// </summary>
    public static void AssertWellFormed(string text, IReadOnlyList<AnalyzedToken> tokens)
    {
        var previousStart = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            Assert.True(token.Start >= 0 && token.Start < token.End && token.End <= text.Length, $"Token {token} lies outside the text of length {text.Length}.");
            Assert.True(token.Start >= previousStart, $"Token {token} starts before the token before it ({previousStart}).");
            Assert.True(i > 0 ? token.PositionIncrement >= 0 : token.PositionIncrement >= 1, $"Token {token} has a bad position increment.");
            Assert.False(HasLoneSurrogate(token.Term), $"Token {token} holds a lone surrogate.");
            Assert.False(char.IsLowSurrogate(text[token.Start]), $"Token {token} starts inside a surrogate pair.");
            Assert.False(char.IsHighSurrogate(text[token.End - 1]), $"Token {token} ends inside a surrogate pair.");
            if (token.Type is TokenTypes.Han or TokenTypes.Protected)
            {
                Assert.Equal(TextNormalizer.Normalize(text[token.Start..token.End]), token.Term);
            }

            previousStart = token.Start;
        }
    }

    public static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }
}
