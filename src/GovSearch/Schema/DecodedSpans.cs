namespace GovSearch.Schema;

/// <summary>One decompressed block of <see cref="TokenSpanCodec"/>: its bytes and, per checkpoint, where its codes
/// start and the end offset before it.</summary>
internal sealed class DecodedSpans
{
    private byte[] _bytes = new byte[TokenSpanCodec.BlockPositions + 256];

    public byte[] Bytes => _bytes;

    public int[] Offsets { get; } = new int[TokenSpanCodec.BlockPositions / TokenSpanCodec.CheckpointPositions];

    public int[] Ends { get; } = new int[TokenSpanCodec.BlockPositions / TokenSpanCodec.CheckpointPositions];

    /// <summary>Where the codes begin, after the checkpoints.</summary>
    public int CodesStart { get; set; }

    /// <summary>The decompressed length.</summary>
    public int Length { get; set; }

    /// <summary>A buffer of at least <paramref name="size"/> bytes for the block.</summary>
    public byte[] Raw(int size)
    {
        if (_bytes.Length < size)
        {
            _bytes = new byte[size];
        }

        return _bytes;
    }
}
