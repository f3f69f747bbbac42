namespace GovSearch;

/// <summary>
/// Settings of <see cref="GovSearchIndex.TrainRankerAsync"/>. The defaults keep the model small (few, shallow trees
/// with many examples per leaf and shrinkage), so that about a hundred judged queries do not overfit it.
/// </summary>
public sealed record RankerTrainingOptions
{
    /// <summary>The default options.</summary>
    public static RankerTrainingOptions Default { get; } = new();

    /// <summary>How many lexical candidates per query become examples: 10 to 1,000. Default: 100 (as
    /// <see cref="SearchOptions.LearnedRankerDepth"/>; train and search on the same depth).</summary>
    public int CandidateDepth { get; init; } = 100;

    /// <summary>The search settings that make the candidates (learned ranking is turned off for them; paging,
    /// passages and facets are ignored). Default: <see cref="SearchOptions.Default"/>. Search with the same settings
    /// plus <see cref="SearchOptions.LearnedRanking"/> to use the model.</summary>
    public SearchOptions SearchOptions { get; init; } = SearchOptions.Default;

    /// <summary>How many boosted trees: 1 to 1,000. Default: 100.</summary>
    public int NumberOfTrees { get; init; } = 100;

    /// <summary>The most leaves per tree: 2 to 128. Default: 8.</summary>
    public int NumberOfLeaves { get; init; } = 8;

    /// <summary>The fewest examples a leaf may hold: 1 to 100,000. Default: 50.</summary>
    public int MinimumExampleCountPerLeaf { get; init; } = 50;

    /// <summary>The shrinkage (learning rate) applied to each tree: above 0, at most 1. Default: 0.1.</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>How many query-level folds the cross-validation report uses: 2 to 20, at most the number of
    /// queries with a relevant document. Default: 5.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>The seed of the fold assignment and of the trainer (which runs on one thread, so a seed gives one
    /// model). Default: 20261207.</summary>
    public int Seed { get; init; } = 20261207;

    /// <summary>Checks every setting against its documented range.</summary>
    /// <exception cref="ArgumentException">A setting is out of its range; the message names the setting and the range.</exception>
    public void Validate()
    {
        Check(CandidateDepth is >= 10 and <= 1000, nameof(CandidateDepth), CandidateDepth, "between 10 and 1,000");
        Check(SearchOptions is not null, nameof(SearchOptions), null, "search options");
        SearchOptions!.Validate();
        Check(NumberOfTrees is >= 1 and <= 1000, nameof(NumberOfTrees), NumberOfTrees, "between 1 and 1,000");
        Check(NumberOfLeaves is >= 2 and <= 128, nameof(NumberOfLeaves), NumberOfLeaves, "between 2 and 128");
        Check(MinimumExampleCountPerLeaf is >= 1 and <= 100_000, nameof(MinimumExampleCountPerLeaf), MinimumExampleCountPerLeaf, "between 1 and 100,000");
        Check(LearningRate is > 0 and <= 1, nameof(LearningRate), LearningRate, "above 0 and at most 1");
        Check(Folds is >= 2 and <= 20, nameof(Folds), Folds, "between 2 and 20");
    }

    private static void Check(bool ok, string name, object? value, string allowed)
    {
        if (!ok)
        {
            throw new ArgumentException($"RankerTrainingOptions.{name} is {value ?? "null"}; it must be {allowed}.", name);
        }
    }
}
