namespace GovSearch.Tests.Analytics;

/// <summary>The analytics test classes that share one index of the corpus file.</summary>
[CollectionDefinition(Name)]
public sealed class UsageCorpusCollection : ICollectionFixture<UsageCorpusFixture>
{
    public const string Name = "Usage corpus";
}
