using Microsoft.ML.Data;

namespace GovSearch.Topics;

/// <summary>One unit's topic mixture as ML.NET's LDA returns it.</summary>
internal sealed class LdaOutputRow
{
    /// <summary>The name of the output column.</summary>
    public const string ColumnName = nameof(Topics);

    /// <summary>The weight of each topic, summing to 1 (all zero for a unit with no vocabulary word).</summary>
    public VBuffer<float> Topics;
}
