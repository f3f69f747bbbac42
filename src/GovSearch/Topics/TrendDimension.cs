namespace GovSearch;

/// <summary>What topic trends are grouped by.</summary>
public enum TrendDimension
{
    /// <summary>The year of each document's date (undated documents are left out).</summary>
    Year,

    /// <summary>Each document's source (documents without one are left out).</summary>
    Source,
}
