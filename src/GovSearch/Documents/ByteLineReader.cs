namespace GovSearch.Documents;

/// <summary>Reads a stream as lines of raw bytes, so each line can be decoded and reported on its own.</summary>
/// <param name="stream">The input.</param>
/// <param name="lineBreak">The encoded '\n' that ends a line: one byte for UTF-8 and GB18030 (the default), or a
/// whole code unit for UTF-16 and UTF-32, which only counts where a code unit starts.</param>
/// <param name="maxLineBytes">The longest line returned, in bytes without its line break. A longer line is read past
/// without being held in memory, and comes back empty with <see cref="LastLineTooLong"/> set.</param>
internal sealed class ByteLineReader(Stream stream, byte[]? lineBreak = null, int maxLineBytes = int.MaxValue)
{
    private const int InitialBufferBytes = 1 << 16;

    private readonly byte[] _lineBreak = lineBreak is { Length: > 0 } ? lineBreak : [(byte)'\n'];
    private byte[] _buffer = new byte[InitialBufferBytes];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>Whether the line last returned was longer than the limit; it was then returned empty.</summary>
    public bool LastLineTooLong { get; private set; }

    /// <summary>The length in bytes of the line last returned, without its line break, even when it was too long.</summary>
    public long LastLineLength { get; private set; }

    /// <summary>The next line without its '\n', or <see langword="null"/> at the end. Valid until the next call.</summary>
    public async ValueTask<ReadOnlyMemory<byte>?> ReadLineAsync(CancellationToken cancellationToken)
    {
        LastLineTooLong = false;
        var scanFrom = _start;
        while (true)
        {
            var newline = FindLineBreak(scanFrom);
            if (newline >= 0)
            {
                var line = new ReadOnlyMemory<byte>(_buffer, _start, newline - _start);
                _start = newline + _lineBreak.Length;
                return Returned(line);
            }

            if (_eof)
            {
                if (_start == _end)
                {
                    return null;
                }

                var last = new ReadOnlyMemory<byte>(_buffer, _start, _end - _start);
                _start = _end;
                return Returned(last);
            }

            var pending = _end - _start;
            if (pending > maxLineBytes)
            {
                return await SkipLongLineAsync(cancellationToken).ConfigureAwait(false);
            }

            // Move what is left to the front, grow if a line fills the buffer (up to the limit), and read more.
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
                _start = 0;
                _end = pending;
            }

            if (_end == _buffer.Length)
            {
                // Double, but jump straight to the limit rather than past it (a full line plus its break fits).
                var cap = Math.Min((long)maxLineBytes + _lineBreak.Length, Array.MaxLength);
                var next = _buffer.Length * 2L >= maxLineBytes ? cap : _buffer.Length * 2L;
                Array.Resize(ref _buffer, (int)Math.Max(next, _buffer.Length + 1L));
            }

            scanFrom = _end;
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private ReadOnlyMemory<byte> Returned(ReadOnlyMemory<byte> line)
    {
        LastLineLength = line.Length;
        if (line.Length <= maxLineBytes)
        {
            return line;
        }

        LastLineTooLong = true;
        return ReadOnlyMemory<byte>.Empty;
    }

    /// <summary>Drops the current over-long line, a buffer at a time, up to and including its line break.</summary>
    private async ValueTask<ReadOnlyMemory<byte>?> SkipLongLineAsync(CancellationToken cancellationToken)
    {
        var unit = _lineBreak.Length;
        long skipped = 0;
        while (true)
        {
            // Drop whole code units; a partial one stays at the front, so later units stay aligned.
            var pending = _end - _start;
            var keep = pending % unit;
            skipped += pending - keep;
            Buffer.BlockCopy(_buffer, _end - keep, _buffer, 0, keep);
            _start = 0;
            _end = keep;
            await FillAsync(cancellationToken).ConfigureAwait(false);

            var newline = FindLineBreak(0);
            if (newline >= 0)
            {
                skipped += newline;
                _start = newline + unit;
                break;
            }

            if (_eof)
            {
                skipped += _end;
                _start = _end;
                break;
            }
        }

        LastLineTooLong = true;
        LastLineLength = skipped;
        return ReadOnlyMemory<byte>.Empty;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    /// <summary>The offset of the next line break at or after <paramref name="from"/>, or -1.</summary>
    private int FindLineBreak(int from)
    {
        var unit = _lineBreak.Length;
        if (unit == 1)
        {
            return Array.IndexOf(_buffer, _lineBreak[0], from, _end - from);
        }

        // Lines start on a code-unit boundary; step back to one, so a unit cut by the last read is looked at again.
        for (var i = _start + ((from - _start) / unit * unit); i + unit <= _end; i += unit)
        {
            if (_buffer.AsSpan(i, unit).SequenceEqual(_lineBreak))
            {
                return i;
            }
        }

        return -1;
    }
}
