using Microsoft.ML.Data;

namespace GovSearch.Topics;

/// <summary>One unit as ML.NET's LDA reads it: a sparse vector of word counts, as long as the vocabulary.</summary>
internal sealed class LdaInputRow
{
    /// <summary>The name of the input column.</summary>
    public const string ColumnName = nameof(Counts);

    /// <summary>The count of each vocabulary word in the unit (whole numbers; LDA ignores a row with fractions).</summary>
    public VBuffer<float> Counts;
}
