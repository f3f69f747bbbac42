namespace GovSearch.Schema;

/// <summary>One decoded block of <see cref="TokenSpanCodec"/>: each position's first token (start −1 for a position
/// without one), and the tokens of the positions that hold several.</summary>
internal sealed class DecodedSpans
{
    public int[] Starts { get; } = new int[TokenSpanCodec.BlockPositions];

    public int[] Ends { get; } = new int[TokenSpanCodec.BlockPositions];

    public Dictionary<int, (int Start, int End, uint Hash)[]> Stacks { get; } = [];

    /// <summary>Clears the stacks before a block is decoded into it.</summary>
    public void Reset() => Stacks.Clear();
}
