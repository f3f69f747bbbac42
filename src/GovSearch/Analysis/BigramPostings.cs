namespace GovSearch.Analysis;

/// <summary>
/// What the character-bigram fields (<see cref="Schema.FieldNames.TitleBigrams"/>, <see cref="Schema.FieldNames.TextBigrams"/>) hold
/// for each term, recorded with every commit (<c>IndexManifest.BigramPostingsKey</c>). Fixed when the index is created:
/// a writer keeps what the index records, since Lucene would drop the positions of a whole field once one document
/// lacked them.
/// </summary>
internal enum BigramPostings
{
    /// <summary>Documents, frequencies and positions: a clause's bigrams are matched as a phrase. What every index with
    /// bigram fields written before the key existed holds.</summary>
    Positions,

    /// <summary>Documents and frequencies only: a clause's bigrams are matched as a conjunction, every bigram present.
    /// What this build writes into a new index.</summary>
    Frequencies,
}
