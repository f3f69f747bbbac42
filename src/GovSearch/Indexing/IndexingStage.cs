namespace GovSearch;

/// <summary>The stage of a long write that an <see cref="IndexingProgress"/> reports.</summary>
public enum IndexingStage
{
    /// <summary>Documents are analyzed and written (<see cref="GovSearchIndex.AddRangeAsync(IEnumerable{GovDocument}, IProgress{IndexingProgress}?, CancellationToken)"/> and the other batch writes).</summary>
    Writing,

    /// <summary>Topic training reads every committed document's words back from the index.</summary>
    ReadingTopicTokens,

    /// <summary>Topic training learns the model (ML.NET LDA); this pass reports only its start.</summary>
    TrainingTopics,

    /// <summary>Topic training gives every document its topic vector.</summary>
    InferringTopics,

    /// <summary>Topic training saves the model and commits the vectors.</summary>
    SavingTopics,
}
