using GovSearch.Topics;

namespace GovSearch.Tests.Topics;

/// <summary>One small model trained on the sample, shared by the tests of the "Topic models" collection.</summary>
public sealed class TopicModelFixture : IDisposable
{
    /// <summary>Trains the model.</summary>
    public TopicModelFixture()
    {
        Model = TopicModel.Train(TopicTestData.SampleUnits, TopicTestData.FastOptions);
    }

    internal TopicModel Model { get; }

    /// <inheritdoc />
    public void Dispose() => Model.Dispose();
}
