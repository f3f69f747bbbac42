namespace GovSearch;

/// <summary>A run of words of an amended article that is kept, inserted or deleted.</summary>
/// <param name="Kind">Kept, inserted or deleted.</param>
/// <param name="Text">The words.</param>
public sealed record DiffSegment(DiffSegmentKind Kind, string Text);
