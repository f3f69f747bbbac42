using GovSearch.Topics;
using Xunit;

namespace GovSearch.Tests.Topics;

public sealed class TopicModelOptionsTests
{
    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var options = new TopicModelOptions();

        Assert.Equal(20, options.NumberOfTopics);
        Assert.Equal(100, options.Iterations);
        Assert.Equal(42, options.Seed);
        Assert.Equal(1, options.Threads);
        Assert.Equal(3, options.MinimumDocumentFrequency);
        Assert.Equal(0.5, options.MaximumDocumentFrequencyShare);
        Assert.Equal(20_000, options.MaximumVocabularySize);
        Assert.Equal(10, options.TopWordsPerTopic);
        Assert.Equal(500_000, options.MaximumTrainingTokens);
        Assert.Equal(options, TopicModelOptions.Default);
        options.Validate();
    }

    public static TheoryData<TopicModelOptions, string, string> OutOfRange => new()
    {
        { new TopicModelOptions { NumberOfTopics = 1 }, "TopicModelOptions.NumberOfTopics is 1", "between 2 and 500" },
        { new TopicModelOptions { NumberOfTopics = 501 }, "TopicModelOptions.NumberOfTopics is 501", "between 2 and 500" },
        { new TopicModelOptions { Iterations = 0 }, "TopicModelOptions.Iterations is 0", "between 1 and 10,000" },
        { new TopicModelOptions { Iterations = 10_001 }, "TopicModelOptions.Iterations is 10001", "between 1 and 10,000" },
        { new TopicModelOptions { Threads = 0 }, "TopicModelOptions.Threads is 0", "between 1 and 64" },
        { new TopicModelOptions { Threads = 65 }, "TopicModelOptions.Threads is 65", "between 1 and 64" },
        { new TopicModelOptions { MinimumDocumentFrequency = 0 }, "TopicModelOptions.MinimumDocumentFrequency is 0", "at least 1" },
        { new TopicModelOptions { MaximumDocumentFrequencyShare = 0 }, "TopicModelOptions.MaximumDocumentFrequencyShare is 0", "greater than 0 and at most 1" },
        { new TopicModelOptions { MaximumDocumentFrequencyShare = 1.5 }, "TopicModelOptions.MaximumDocumentFrequencyShare is 1.5", "greater than 0 and at most 1" },
        { new TopicModelOptions { MaximumDocumentFrequencyShare = double.NaN }, "TopicModelOptions.MaximumDocumentFrequencyShare is NaN", "greater than 0 and at most 1" },
        { new TopicModelOptions { MaximumVocabularySize = 99 }, "TopicModelOptions.MaximumVocabularySize is 99", "between 100 and 1,000,000" },
        { new TopicModelOptions { MaximumVocabularySize = 1_000_001 }, "TopicModelOptions.MaximumVocabularySize is 1000001", "between 100 and 1,000,000" },
        { new TopicModelOptions { TopWordsPerTopic = 2 }, "TopicModelOptions.TopWordsPerTopic is 2", "between 3 and 100" },
        { new TopicModelOptions { TopWordsPerTopic = 101 }, "TopicModelOptions.TopWordsPerTopic is 101", "between 3 and 100" },
        { new TopicModelOptions { MaximumTrainingTokens = 9_999 }, "TopicModelOptions.MaximumTrainingTokens is 9999", "at least 10,000" },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Validate_NamesTheOptionAndItsRange(TopicModelOptions options, string what, string range)
    {
        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.StartsWith(what, error.Message, StringComparison.Ordinal);
        Assert.Contains($"it must be {range}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AcceptsTheEdgesOfEachRange()
    {
        new TopicModelOptions
        {
            NumberOfTopics = 500,
            Iterations = 10_000,
            Threads = 64,
            MinimumDocumentFrequency = 1,
            MaximumDocumentFrequencyShare = 1,
            MaximumVocabularySize = 100,
            TopWordsPerTopic = 3,
            MaximumTrainingTokens = 10_000,
            Seed = int.MinValue,
        }.Validate();
    }
}
