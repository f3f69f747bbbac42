namespace GovSearch.Schema;

/// <summary>Where a scan of <see cref="TokenSpanCodec"/> stopped: before <see cref="Position"/>, with the escape it
/// would read next and the end offset the position's gap counts from.</summary>
internal readonly record struct SpanCursor(bool Valid, int Position, int Escape, int PreviousEnd);
