using GovSearch.Topics;
using Xunit;

namespace GovSearch.Tests.Topics;

public sealed class LightLdaModelTests
{
    [Fact]
    public void InferInParallel_GivesTheVectorsOfSerialInference()
    {
        var options = TopicTestData.FastOptions with { Iterations = 5 };
        var vocabulary = TopicVocabulary.Build(TopicTestData.DevUnits.Select(u => u.Tokens), options);
        var rows = TopicTestData.DevUnits.SelectMany(u => vocabulary.CountPieces(u.Tokens, LightLdaModel.MaximumRowTokens)).ToArray();
        var (model, _) = LightLdaModel.Train(rows.Take(100).ToArray(), vocabulary.Count, options, 10, CancellationToken.None);
        using (model)
        {
            var serial = model.Infer(rows);
            var parallel = model.InferInParallel(rows, threads: 3);

            Assert.True(rows.Length >= 3 * 64, "The test needs enough rows for three threads.");
            Assert.Equal(serial.Length, parallel.Length);
            for (var i = 0; i < serial.Length; i++)
            {
                Assert.Equal(serial[i], parallel[i]);
            }
        }
    }
}
