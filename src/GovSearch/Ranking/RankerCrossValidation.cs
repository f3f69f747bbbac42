namespace GovSearch;

/// <summary>
/// The query-level cross-validation of a ranker training: the queries are dealt into folds by a seeded shuffle;
/// each fold's queries are re-ranked by a model trained on the other folds and scored against the judgments
/// (nDCG@10 with gain 2^grade − 1, as <see cref="Evaluation.Evaluator"/> does; documents past the candidates count as not found).
/// </summary>
public sealed record RankerCrossValidation
{
    /// <summary>How many folds.</summary>
    public required int Folds { get; init; }

    /// <summary>How many (query, candidate) examples all queries gave.</summary>
    public required int Examples { get; init; }

    /// <summary>All held-out queries together.</summary>
    public required RankerComparison Overall { get; init; }

    /// <summary>One row per query kind (ordinal order); empty when no query has a kind.</summary>
    public required IReadOnlyList<RankerComparison> Kinds { get; init; }

    /// <summary>One row per fold.</summary>
    public required IReadOnlyList<RankerComparison> FoldResults { get; init; }

    /// <summary>The ids of the queries left out because the judgments grade no document 1 or more for them.</summary>
    public required IReadOnlyList<string> SkippedQueries { get; init; }
}
