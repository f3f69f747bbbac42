namespace GovSearch;

/// <summary>What <see cref="GovSearchIndex.TrainRankerAsync"/> returns: the model trained on every query, and the cross-validation report.</summary>
/// <param name="Ranker">The model trained on all the queries; use it through <see cref="SearchOptions.Ranker"/>, or save it.</param>
/// <param name="CrossValidation">How models trained without each fold ranked that fold, against the lexical order.</param>
public sealed record RankerTrainingResult(LearnedRanker Ranker, RankerCrossValidation CrossValidation);
