namespace GovSearch;

/// <summary>Whether a search also looks for the query's translation in the other language (English ↔ Chinese).</summary>
public enum CrossLingualMode
{
    /// <summary>Search the query as written.</summary>
    Off,

    /// <summary>Search the query as written OR its translation, each side scaled by its best score and the translated
    /// side weighted by <see cref="SearchOptions.CrossLingualWeight"/>: an English query also finds Chinese documents,
    /// and the reverse, in one merged list.</summary>
    Auto,

    /// <summary>Search only the translation of the query: an English query finds Chinese documents, and the reverse.</summary>
    Only,
}
