namespace GovSearch;

/// <summary>The order of results.</summary>
public enum SearchSort
{
    /// <summary>By score, highest first; ties by id (ordinal). The default.</summary>
    Relevance,

    /// <summary>By date, newest first; undated documents last; ties by score, then id.</summary>
    DateDescending,

    /// <summary>By date, oldest first; undated documents last; ties by score, then id.</summary>
    DateAscending,
}
