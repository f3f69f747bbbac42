namespace GovSearch;

/// <summary>What happened to an article between two versions.</summary>
public enum ArticleChangeKind
{
    /// <summary>The article is only in the newer version.</summary>
    Added,

    /// <summary>The article is only in the older version.</summary>
    Removed,

    /// <summary>The article is in both, with changed words (and perhaps a new number).</summary>
    Amended,

    /// <summary>The article is in both with the same words under a new number.</summary>
    Renumbered,
}
