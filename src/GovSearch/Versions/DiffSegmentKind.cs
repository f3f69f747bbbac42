namespace GovSearch;

/// <summary>Whether a piece of an amended article is kept, added or deleted.</summary>
public enum DiffSegmentKind
{
    /// <summary>In both versions.</summary>
    Same,

    /// <summary>Only in the newer version.</summary>
    Inserted,

    /// <summary>Only in the older version.</summary>
    Deleted,
}
