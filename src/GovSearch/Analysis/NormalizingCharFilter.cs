using Lucene.Net.Analysis;

namespace GovSearch.Analysis;

/// <summary>
/// Applies <see cref="TextNormalizer"/> (full-width to half-width, and traditional to simplified when asked) to the
/// characters a tokenizer reads. Every mapping is one UTF-16 unit to one, so offsets need no correction.
/// </summary>
/// <remarks>
/// Conversion reads the whole input first and normalizes it as <see cref="TextNormalizer.Normalize"/> does, so the
/// phrases of TraditionalPhrases.tsv match across what would otherwise be read-buffer boundaries; the width-only
/// mapping streams.
/// </remarks>
internal sealed class NormalizingCharFilter(TextReader input, bool convertTraditional) : CharFilter(input)
{
    /// <summary>The width-only table (no traditional conversion), built once.</summary>
    private static readonly Lazy<char[]> WidthMap = new(() =>
    {
        var map = new char[char.MaxValue + 1];
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = (char)i;
        }

        TextNormalizer.NormalizeInPlace(map, map.Length, convertTraditional: false);
        return map;
    });

    private char[]? _converted;
    private int _convertedLength;
    private int _convertedPosition;

    public override int Read(char[] buffer, int index, int count)
    {
        if (convertTraditional)
        {
            var converted = Converted();
            var read = Math.Min(count, _convertedLength - _convertedPosition);
            if (read <= 0)
            {
                return 0;
            }

            Array.Copy(converted, _convertedPosition, buffer, index, read);
            _convertedPosition += read;
            return read;
        }

        var map = WidthMap.Value;
        var got = m_input.Read(buffer, index, count);
        for (var i = index; i < index + got; i++)
        {
            buffer[i] = map[buffer[i]];
        }

        return got;
    }

    public override int Read()
    {
        if (convertTraditional)
        {
            var converted = Converted();
            return _convertedPosition < _convertedLength ? converted[_convertedPosition++] : -1;
        }

        return m_input.Read() is var c and >= 0 ? WidthMap.Value[c] : -1;
    }

    protected override int Correct(int currentOff) => currentOff;

    /// <summary>The whole input, normalized, read on first use.</summary>
    private char[] Converted()
    {
        if (_converted is null)
        {
            // Read, not ReadToEnd: Lucene's reusable string reader answers ReadToEnd with null once it is empty.
            var text = new char[4096];
            var length = 0;
            int read;
            while ((read = m_input.Read(text, length, text.Length - length)) > 0)
            {
                length += read;
                if (length == text.Length)
                {
                    Array.Resize(ref text, text.Length * 2);
                }
            }

            TextNormalizer.NormalizeInPlace(text, length, convertTraditional: true);
            _converted = text;
            _convertedLength = length;
        }

        return _converted;
    }
}
