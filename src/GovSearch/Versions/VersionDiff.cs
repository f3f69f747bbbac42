namespace GovSearch;

/// <summary>What changed, article by article, from one version of a law to another.</summary>
public sealed record VersionDiff
{
    /// <summary>The older document's id (the first one given).</summary>
    public required string OldId { get; init; }

    /// <summary>The newer document's id (the second one given).</summary>
    public required string NewId { get; init; }

    /// <summary>How many articles the older version has.</summary>
    public required int OldArticles { get; init; }

    /// <summary>How many articles the newer version has.</summary>
    public required int NewArticles { get; init; }

    /// <summary>How many articles are the same, with the same number, in both.</summary>
    public required int Unchanged { get; init; }

    /// <summary>The changed articles, in the order of the newer version (removed articles where they stood in the older one).</summary>
    public required IReadOnlyList<ArticleChange> Changes { get; init; }
}
