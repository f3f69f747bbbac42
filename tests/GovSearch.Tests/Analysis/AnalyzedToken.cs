using System.Globalization;

namespace GovSearch.Tests.Analysis;

/// <summary>One token as the analyzer emits it.</summary>
internal sealed record AnalyzedToken(string Term, int Start, int End, int PositionIncrement, string Type)
{
    /// <summary>The golden-table form: <c>term[start,end,+posInc]</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Term}[{Start},{End},+{PositionIncrement}]");
}
