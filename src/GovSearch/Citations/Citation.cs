namespace GovSearch;

/// <summary>One reference from a document to a law, and the document it resolves to.</summary>
public sealed record Citation
{
    /// <summary>The cited title as written (without 《》), such as 中华人民共和国数据安全法 or Fourteenth Amendment.</summary>
    public required string Title { get; init; }

    /// <summary>The cited title normalized: the value the <c>cites:</c> filter and <see cref="SearchFacets.Cites"/> use (数据安全法).</summary>
    public required string Key { get; init; }

    /// <summary>The article cited, as written (第十二条第一款); empty when the reference names no article.</summary>
    public required string Article { get; init; }

    /// <summary>Where the reference starts in the citing document's text, in UTF-16 units.</summary>
    public required int Start { get; init; }

    /// <summary>Its length in the text, article included.</summary>
    public required int Length { get; init; }

    /// <summary>The heading of the citing passage (第三章 › 第二十条); empty when the text has no structure.</summary>
    public required string CitingHeading { get; init; }

    /// <summary>The sentence around the reference (at most about 160 characters).</summary>
    public required string Context { get; init; }

    /// <summary>The id of the cited document: of the versions with the cited title, the latest dated on or before the
    /// citing document's date (the latest of all when the citing document is undated, the earliest when all are later).
    /// <see langword="null"/> when the index holds no document with that title: the reference stays as text.</summary>
    public string? ResolvedId { get; init; }

    /// <summary>The title of the cited document; <see langword="null"/> when unresolved.</summary>
    public string? ResolvedTitle { get; init; }

    /// <summary>The date of the cited version; <see langword="null"/> when unresolved or undated.</summary>
    public DocumentDate? ResolvedDate { get; init; }
}
