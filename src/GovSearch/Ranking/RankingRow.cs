using Microsoft.ML.Data;

namespace GovSearch.Ranking;

/// <summary>One (query, candidate) example as ML.NET reads it: the grade, the query's group and the features.</summary>
internal sealed class RankingRow
{
    /// <summary>The judged grade (0 when unjudged).</summary>
    public float Label { get; set; }

    /// <summary>The query, as a key from 1.</summary>
    public uint GroupId { get; set; }

    /// <summary>The <see cref="RankingFeatures"/> vector.</summary>
    public float[] Features { get; set; } = [];

    /// <summary>The schema of rows of <paramref name="groups"/> queries: a feature vector of <see cref="RankingFeatures.Count"/> and a key-typed group.</summary>
    public static SchemaDefinition Schema(int groups)
    {
        var schema = SchemaDefinition.Create(typeof(RankingRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, RankingFeatures.Count);
        schema[nameof(GroupId)].ColumnType = new KeyDataViewType(typeof(uint), Math.Max(groups, 1));
        return schema;
    }
}
