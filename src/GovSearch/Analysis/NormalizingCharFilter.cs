using Lucene.Net.Analysis;

namespace GovSearch.Analysis;

/// <summary>
/// Applies <see cref="TextNormalizer"/> (full-width to half-width, and traditional to simplified when asked) to the
/// characters a tokenizer reads. Every mapping is one UTF-16 unit to one, so offsets need no correction.
/// </summary>
internal sealed class NormalizingCharFilter(TextReader input, bool convertTraditional) : CharFilter(input)
{
    private readonly char[] _map = convertTraditional ? TextNormalizer.Map : WidthMap.Value;

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

    public override int Read(char[] buffer, int index, int count)
    {
        var read = m_input.Read(buffer, index, count);
        for (var i = index; i < index + read; i++)
        {
            buffer[i] = _map[buffer[i]];
        }

        return read;
    }

    public override int Read() => m_input.Read() is var c and >= 0 ? _map[c] : -1;

    protected override int Correct(int currentOff) => currentOff;
}
