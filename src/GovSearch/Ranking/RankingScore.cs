namespace GovSearch.Ranking;

/// <summary>What the model gives for one <see cref="RankingRow"/>: its score (higher ranks first).</summary>
internal sealed class RankingScore
{
    /// <summary>The model's score.</summary>
    public float Score { get; set; }
}
