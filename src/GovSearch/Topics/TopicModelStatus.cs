namespace GovSearch;

/// <summary>The state of an index's topic model, and how stale it is.</summary>
public sealed record TopicModelStatus
{
    /// <summary>No model: the index has not been trained.</summary>
    public static TopicModelStatus None { get; } = new();

    /// <summary>Whether a model is loaded and usable.</summary>
    public bool IsTrained { get; init; }

    /// <summary>Why a recorded model was refused (missing, damaged, or not the one the index's vectors came from); null otherwise.</summary>
    public string? Problem { get; init; }

    /// <summary>The options it was trained with, when trained.</summary>
    public TopicModelOptions? Options { get; init; }

    /// <summary>Documents whose vectors came from training.</summary>
    public int TrainedDocuments { get; init; }

    /// <summary>Documents added since training, whose vectors were inferred.</summary>
    public int InferredDocuments { get; init; }

    /// <summary>The share of the index's documents added since training (0 to 1): retrain when it grows large.</summary>
    public double Staleness { get; init; }
}
