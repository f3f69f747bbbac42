namespace GovSearch.Topics;

/// <summary>
/// The table of contents of a saved topic model (<c>manifest.json</c>): the topics schema version, what the model was
/// trained on and with, and a SHA-256 hash of every other file, so that a damaged or mixed-up folder is refused.
/// Written last, so a folder whose save was cut short has none and is refused as incomplete.
/// </summary>
internal sealed record TopicModelManifest
{
    /// <summary>The topics schema version this build writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The value of <see cref="Format"/>.</summary>
    public const string FormatName = "govsearch-topic-model";

    /// <summary>Marks the file as a GovSearch topic model manifest: <see cref="FormatName"/>.</summary>
    public string Format { get; init; } = string.Empty;

    /// <summary>The topics schema version the folder was written with.</summary>
    public int SchemaVersion { get; init; }

    /// <summary>The fingerprint of the training units (see <see cref="TopicModel.Fingerprint"/>).</summary>
    public string CorpusFingerprint { get; init; } = string.Empty;

    /// <summary>The number of training units.</summary>
    public int UnitCount { get; init; }

    /// <summary>The number of vocabulary tokens in the training units.</summary>
    public long TokenCount { get; init; }

    /// <summary>The number of vocabulary words.</summary>
    public int VocabularySize { get; init; }

    /// <summary>The options the model was trained with.</summary>
    public TopicModelOptions Options { get; init; } = TopicModelOptions.Default;

    /// <summary>The SHA-256 (lower-case hex) of each other file of the folder, by file name.</summary>
    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>();
}
