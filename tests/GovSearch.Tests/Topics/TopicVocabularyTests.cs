using GovSearch.Topics;
using Xunit;

namespace GovSearch.Tests.Topics;

public sealed class TopicVocabularyTests
{
    private static IReadOnlyList<string>[] Units(params string[] units) =>
        units.Select(u => (IReadOnlyList<string>)u.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();

    [Fact]
    public void Build_DropsRareAndCommonWords()
    {
        // "law" is in all 4 units (> 50%), "rare" in 1 (< 2), "court" and "tax" in 2.
        var units = Units("law court tax rare", "law court", "law tax", "law");
        var options = new TopicModelOptions { MinimumDocumentFrequency = 2, MaximumDocumentFrequencyShare = 0.5 };

        var vocabulary = TopicVocabulary.Build(units, options);

        Assert.Equal(["court", "tax"], vocabulary.Terms);
        Assert.Equal([2, 2], vocabulary.DocumentFrequencies);
        Assert.Equal(4, vocabulary.DocumentCount);
    }

    [Fact]
    public void Build_KeepsAWordInExactlyTheMaximumShare()
    {
        var units = Units("law court", "law", "court", "tax");
        var options = new TopicModelOptions { MinimumDocumentFrequency = 1, MaximumDocumentFrequencyShare = 0.5 };

        Assert.Equal(["court", "law", "tax"], TopicVocabulary.Build(units, options).Terms);
    }

    [Fact]
    public void Build_CapsBySizeKeepingTheMostFrequentThenOrdinal()
    {
        var words = Enumerable.Range(0, 150).Select(i => $"w{i:D3}").ToArray();

        // Each unit holds every word once; w149 and w148 get extra occurrences.
        var units = Enumerable.Range(0, 3).Select(_ => (IReadOnlyList<string>)[.. words, "w149", "w149", "w148"]).ToArray();
        var options = new TopicModelOptions { MinimumDocumentFrequency = 1, MaximumDocumentFrequencyShare = 1, MaximumVocabularySize = 100 };

        var vocabulary = TopicVocabulary.Build(units, options);

        Assert.Equal(100, vocabulary.Count);
        Assert.Equal("w149", vocabulary.Terms[0]);
        Assert.Equal("w148", vocabulary.Terms[1]);
        Assert.Equal(words.Take(98), vocabulary.Terms.Skip(2));
        Assert.Equal([9L, 6L, 3L], vocabulary.Frequencies.Take(3));
    }

    [Fact]
    public void CountTokens_GivesIntegerCountsInIndexOrderAndSkipsUnknownWords()
    {
        var units = Units("tax tax court", "tax court", "court");
        var vocabulary = TopicVocabulary.Build(units, new TopicModelOptions { MinimumDocumentFrequency = 1, MaximumDocumentFrequencyShare = 1 });

        var (indices, counts) = vocabulary.CountTokens(["court", "unknown", "tax", "court", "tax", "tax"]);

        Assert.Equal(["court", "tax"], vocabulary.Terms);
        Assert.Equal([0, 1], indices);
        Assert.Equal([2, 3], counts);
        Assert.Equal(-1, vocabulary.IndexOf("unknown"));
    }

    [Fact]
    public void CountPieces_CutsAUnitIntoEvenConsecutivePiecesWithinTheLimit()
    {
        var vocabulary = TopicVocabulary.Build(Units("x y", "x y"), new TopicModelOptions { MinimumDocumentFrequency = 1, MaximumDocumentFrequencyShare = 1 });
        var x = vocabulary.IndexOf("x");
        var y = vocabulary.IndexOf("y");
        IReadOnlyList<string> tokens = [.. Enumerable.Repeat("x", 10), "unknown", .. Enumerable.Repeat("y", 3)];

        var pieces = vocabulary.CountPieces(tokens, 5);

        // 13 vocabulary tokens in at most 5 a piece: 3 pieces of 5, 4 and 4, in text order.
        Assert.Equal(3, pieces.Count);
        Assert.Equal(([x], [5]), (pieces[0].Indices, pieces[0].Counts), PieceComparer.Instance);
        Assert.Equal(([x], [4]), (pieces[1].Indices, pieces[1].Counts), PieceComparer.Instance);
        Assert.Equal((new[] { x, y }.Order().ToArray(), new[] { x, y }.Order().Select(i => i == x ? 1 : 3).ToArray()), (pieces[2].Indices, pieces[2].Counts), PieceComparer.Instance);
        Assert.Single(vocabulary.CountPieces(tokens, 13));
        Assert.Empty(vocabulary.CountPieces(["unknown"], 5));
    }

    [Fact]
    public void FromSaved_RoundTripsAndRejectsAnotherOrder()
    {
        var vocabulary = TopicVocabulary.Build(Units("a1 b1 b1", "b1 c1"), new TopicModelOptions { MinimumDocumentFrequency = 1, MaximumDocumentFrequencyShare = 1 });

        var copy = TopicVocabulary.FromSaved(vocabulary.Terms, vocabulary.DocumentFrequencies, vocabulary.Frequencies, vocabulary.DocumentCount);

        Assert.Equal(vocabulary.Terms, copy.Terms);
        Assert.Equal(vocabulary.IndexOf("c1"), copy.IndexOf("c1"));
        Assert.Throws<FormatException>(() => TopicVocabulary.FromSaved(["a1", "b1"], [1, 1], [1L, 3L], 2));
        Assert.Throws<FormatException>(() => TopicVocabulary.FromSaved(["a1", "a1"], [1, 1], [1L, 1L], 2));
    }

    private sealed class PieceComparer : IEqualityComparer<(int[] Indices, int[] Counts)>
    {
        public static PieceComparer Instance { get; } = new();

        public bool Equals((int[] Indices, int[] Counts) x, (int[] Indices, int[] Counts) y) =>
            x.Indices.SequenceEqual(y.Indices) && x.Counts.SequenceEqual(y.Counts);

        public int GetHashCode((int[] Indices, int[] Counts) obj) => obj.Indices.Length;
    }
}
