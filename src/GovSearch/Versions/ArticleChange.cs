namespace GovSearch;

/// <summary>One article that differs between two versions of a law.</summary>
public sealed record ArticleChange
{
    /// <summary>Added, removed, amended or renumbered.</summary>
    public required ArticleChangeKind Kind { get; init; }

    /// <summary>The article's number in the older version (第十条); <see langword="null"/> when added.</summary>
    public string? OldNumber { get; init; }

    /// <summary>The article's number in the newer version; <see langword="null"/> when removed.</summary>
    public string? NewNumber { get; init; }

    /// <summary>The article's text in the older version, number left out; <see langword="null"/> when added.</summary>
    public string? OldText { get; init; }

    /// <summary>The article's text in the newer version, number left out; <see langword="null"/> when removed.</summary>
    public string? NewText { get; init; }

    /// <summary>For an amended article, its words as runs kept, deleted and inserted (character by character for
    /// Chinese, word by word for other scripts); empty otherwise.</summary>
    public IReadOnlyList<DiffSegment> Segments { get; init; } = [];
}
