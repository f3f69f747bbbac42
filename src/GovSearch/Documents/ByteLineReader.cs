namespace GovSearch.Documents;

/// <summary>Reads a stream as lines of raw bytes, so each line can be decoded and reported on its own.</summary>
/// <param name="stream">The input.</param>
/// <param name="lineBreak">The encoded '\n' that ends a line: one byte for UTF-8 and GB18030 (the default), or a
/// whole code unit for UTF-16 and UTF-32, which only counts where a code unit starts.</param>
internal sealed class ByteLineReader(Stream stream, byte[]? lineBreak = null)
{
    private readonly byte[] _lineBreak = lineBreak is { Length: > 0 } ? lineBreak : [(byte)'\n'];
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>The next line without its '\n', or <see langword="null"/> at the end. Valid until the next call.</summary>
    public async ValueTask<ReadOnlyMemory<byte>?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var scanFrom = _start;
        while (true)
        {
            var newline = FindLineBreak(scanFrom);
            if (newline >= 0)
            {
                var line = new ReadOnlyMemory<byte>(_buffer, _start, newline - _start);
                _start = newline + _lineBreak.Length;
                return line;
            }

            if (_eof)
            {
                if (_start == _end)
                {
                    return null;
                }

                var last = new ReadOnlyMemory<byte>(_buffer, _start, _end - _start);
                _start = _end;
                return last;
            }

            // Move what is left to the front, grow if a line fills the buffer, and read more.
            var pending = _end - _start;
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
                _start = 0;
                _end = pending;
            }

            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            scanFrom = _end;
            var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                _eof = true;
            }

            _end += read;
        }
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
