namespace GovSearch;

/// <summary>How the learned ranker saw one document for one query (see <see cref="SearchOptions.LearnedRanking"/>).</summary>
/// <param name="Score">The model's score for the document (higher ranks first).</param>
/// <param name="LexicalRank">The document's rank among the lexical candidates, from 1; <see langword="null"/> when it is
/// not among the top <see cref="SearchOptions.LearnedRankerDepth"/>, so the model does not re-rank it (its features and
/// score are then shown as if it were the last candidate).</param>
/// <param name="LearnedRank">Its rank among the candidates in the model's order, from 1; <see langword="null"/> when it is not a candidate.</param>
/// <param name="Features">The features, in the model's order.</param>
public sealed record RankerExplanation(float Score, int? LexicalRank, int? LearnedRank, IReadOnlyList<RankerFeature> Features);
