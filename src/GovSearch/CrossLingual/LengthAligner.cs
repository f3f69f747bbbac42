namespace GovSearch.CrossLingual;

/// <summary>
/// Gale and Church's length-based aligner (1993): a dynamic programme over two lists of segments that allows
/// 1–1, 1–0, 0–1, 2–1, 1–2 and 2–2 matches, scoring each by how far the English length strays from the Chinese
/// length times the ratio of the two texts.
/// </summary>
/// <remarks>
/// Lengths are counted in characters without white space. The expected ratio is that of the two lists' totals, so
/// the aligner needs no language-pair constant; the variance grows with it (<c>6.8 × ratio</c> per Chinese character,
/// Gale and Church's constant scaled).
/// </remarks>
internal static class LengthAligner
{
    private const double VariancePerCharacter = 6.8;

    private static readonly (int Chinese, int English, double Penalty)[] Moves =
    [
        (1, 1, -Math.Log(0.89)),
        (1, 0, -Math.Log(0.0099 / 2)),
        (0, 1, -Math.Log(0.0099 / 2)),
        (2, 1, -Math.Log(0.089 / 2)),
        (1, 2, -Math.Log(0.089 / 2)),
        (2, 2, -Math.Log(0.011)),
    ];

    /// <summary>Aligns two lists of segments; the beads cover both lists in order, each segment exactly once.</summary>
    public static IReadOnlyList<AlignmentBead> Align(IReadOnlyList<string> chinese, IReadOnlyList<string> english)
    {
        ArgumentNullException.ThrowIfNull(chinese);
        ArgumentNullException.ThrowIfNull(english);
        var zh = chinese.Select(Length).ToArray();
        var en = english.Select(Length).ToArray();
        var totalZh = Math.Max(1, zh.Sum());
        var ratio = Math.Max(1, en.Sum()) / (double)totalZh;
        var variance = VariancePerCharacter * ratio;

        var m = zh.Length;
        var n = en.Length;
        var cost = new double[m + 1, n + 1];
        var back = new int[m + 1, n + 1];
        for (var i = 0; i <= m; i++)
        {
            for (var j = 0; j <= n; j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }

                cost[i, j] = double.PositiveInfinity;
                for (var k = 0; k < Moves.Length; k++)
                {
                    var (dz, de, penalty) = Moves[k];
                    if (i < dz || j < de || double.IsPositiveInfinity(cost[i - dz, j - de]))
                    {
                        continue;
                    }

                    var lz = Sum(zh, i - dz, dz);
                    var le = Sum(en, j - de, de);
                    var candidate = cost[i - dz, j - de] + penalty + LengthCost(lz, le, ratio, variance);
                    if (candidate < cost[i, j])
                    {
                        cost[i, j] = candidate;
                        back[i, j] = k;
                    }
                }
            }
        }

        var beads = new List<AlignmentBead>();
        for (int i = m, j = n; i > 0 || j > 0;)
        {
            var (dz, de, _) = Moves[back[i, j]];
            i -= dz;
            j -= de;
            beads.Add(new AlignmentBead(i, dz, j, de));
        }

        beads.Reverse();
        return beads;
    }

    /// <summary>The cost of matching lengths <paramref name="chinese"/> and <paramref name="english"/>: minus the log
    /// probability that a normal deviate is at least as far from zero.</summary>
    private static double LengthCost(int chinese, int english, double ratio, double variance)
    {
        if (chinese == 0 && english == 0)
        {
            return 0;
        }

        var mean = (chinese + english / ratio) / 2;
        var delta = (english - chinese * ratio) / Math.Sqrt(Math.Max(mean, 1) * variance);
        var tail = 2 * (1 - NormalCdf(Math.Abs(delta)));
        return -Math.Log(Math.Max(tail, 1e-12));
    }

    /// <summary>The standard normal distribution function (Abramowitz and Stegun 26.2.17, error below 7.5e-8).</summary>
    private static double NormalCdf(double x)
    {
        var t = 1 / (1 + 0.2316419 * x);
        var density = Math.Exp(-x * x / 2) / Math.Sqrt(2 * Math.PI);
        var tail = density * t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1 - tail;
    }

    private static int Sum(int[] lengths, int start, int count)
    {
        var sum = 0;
        for (var k = start; k < start + count; k++)
        {
            sum += lengths[k];
        }

        return sum;
    }

    private static int Length(string segment)
    {
        var length = 0;
        foreach (var c in segment)
        {
            if (!char.IsWhiteSpace(c))
            {
                length++;
            }
        }

        return length;
    }
}
