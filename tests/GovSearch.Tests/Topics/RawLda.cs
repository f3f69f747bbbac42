using GovSearch.Topics;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace GovSearch.Tests.Topics;

/// <summary>ML.NET's LDA called directly, as a caller without GovSearch's care would: the controls of the topic tests.</summary>
internal static class RawLda
{
    /// <summary>Trains LDA on count rows with the given token limit and returns each row's topic vector.</summary>
    public static float[][] TrainAndInfer(IReadOnlyList<(int[] Indices, int[] Counts)> rows, int vocabularySize, int topics, int iterations, int tokenLimit)
    {
        var context = new MLContext(seed: 1);
        var definition = SchemaDefinition.Create(typeof(LdaInputRow));
        definition[LdaInputRow.ColumnName].ColumnType = new VectorDataViewType(NumberDataViewType.Single, vocabularySize);
        var data = context.Data.LoadFromEnumerable(
            rows.Select(r => new LdaInputRow { Counts = new VBuffer<float>(vocabularySize, r.Indices.Length, r.Counts.Select(c => (float)c).ToArray(), r.Indices) }).ToArray(),
            definition);
        var transformer = context.Transforms.Text.LatentDirichletAllocation(
                LdaOutputRow.ColumnName,
                LdaInputRow.ColumnName,
                numberOfTopics: topics,
                maximumNumberOfIterations: iterations,
                numberOfThreads: 1,
                maximumTokenCountPerDocument: tokenLimit,
                resetRandomGenerator: true)
            .Fit(data);
        try
        {
            return context.Data.CreateEnumerable<LdaOutputRow>(transformer.Transform(data), reuseRowObject: false)
                .Select(r => r.Topics.DenseValues().ToArray())
                .ToArray();
        }
        finally
        {
            transformer.Dispose();
        }
    }
}
