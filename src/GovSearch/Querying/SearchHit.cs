namespace GovSearch;

/// <summary>One matching document.</summary>
public sealed record SearchHit
{
    /// <summary>The 1-based rank in the whole result list (offset included).</summary>
    public required int Rank { get; init; }

    /// <summary>The document's id.</summary>
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The score: BM25 summed over matching terms (title matches weighted by <see cref="SearchOptions.TitleBoost"/>);
    /// in <see cref="SearchMode.Hybrid"/> the blended score between 0 and 1; for similar documents the topic cosine.</summary>
    public required float Score { get; init; }

    /// <summary>The date, if known.</summary>
    public DocumentDate? Date { get; init; }

    /// <summary>The language code.</summary>
    public string? Language { get; init; }

    /// <summary>The source.</summary>
    public string? Source { get; init; }

    /// <summary>The document type.</summary>
    public string? DocType { get; init; }

    /// <summary>How many other versions of this document's law the index holds (documents with the same normalized
    /// title and other dates); 0 when it has none. With <see cref="SearchOptions.CollapseVersions"/> they are folded into this hit.</summary>
    public int OtherVersions { get; init; }

    /// <summary>The best passages, best first; when no term matched the text, the first passage without highlights.</summary>
    public IReadOnlyList<HitPassage> Passages { get; init; } = [];

    /// <summary>The translations of a cross-lingual search (<see cref="SearchOptions.CrossLingual"/>) that the document
    /// holds: each target term (all terms of a target phrase) occurs in its title or text. Empty when the search was not
    /// cross-lingual or the document holds none.</summary>
    public IReadOnlyList<QueryTranslation> Translations { get; init; } = [];

    /// <summary>The user's synonyms (<see cref="GovSearchIndexOptions.SynonymFiles"/>) that the search used and the document
    /// holds: each term of the synonym occurs in its title or text. Empty when the search used none or the document holds none.</summary>
    public IReadOnlyList<QuerySynonym> Synonyms { get; init; } = [];

    /// <summary>The document's strongest topics (up to three), strongest first; empty when the index has no topic model.</summary>
    public IReadOnlyList<HitTopic> Topics { get; init; } = [];
}
