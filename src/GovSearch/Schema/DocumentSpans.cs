namespace GovSearch.Schema;

/// <summary>One document's encoded token spans (<see cref="TokenSpanCodec"/>) and what its header says.</summary>
internal sealed class DocumentSpans(byte[] bytes)
{
    public byte[] Bytes { get; } = bytes;

    public int PositionCount { get; set; }

    /// <summary>Per checkpoint, its first escape (from the escapes' start) and the end offset before it.</summary>
    public int[] CheckpointEscapes { get; set; } = [];

    public int[] CheckpointEnds { get; set; } = [];

    public int NibblesStart { get; set; }

    public int EscapesStart { get; set; }
}
