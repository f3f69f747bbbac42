namespace GovSearch.Schema;

/// <summary>
/// Where an index keeps the character offsets of the text field's tokens, recorded with every commit
/// (<c>IndexManifest.TextOffsetsKey</c>). Fixed when the index is created: a writer keeps what the index records, since
/// Lucene drops the offsets of a whole field in a merged segment once one of its segments lacks them.
/// </summary>
internal enum TextOffsets
{
    /// <summary>In the postings (<c>.pay</c>), beside the positions. What every index written before the key existed holds.</summary>
    Postings,

    /// <summary>Positions only in the postings; each document's token spans in its own doc values field
    /// (<see cref="FieldNames.TextSpans"/>, <see cref="TokenSpanCodec"/>), read by <see cref="SpanPostings"/>.
    /// What this build writes into a new index.</summary>
    Spans,
}
