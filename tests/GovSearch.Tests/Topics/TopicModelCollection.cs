using Xunit;

namespace GovSearch.Tests.Topics;

/// <summary>The tests that train or load LDA models: they share one trained model and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class TopicModelCollection : ICollectionFixture<TopicModelFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Topic models";
}
