namespace GovSearch;

/// <summary>How <see cref="UsageReport"/> groups the documents.</summary>
public enum UsageDimension
{
    /// <summary>One row per year of the documents' dates; undated documents count in the totals only.</summary>
    Year,

    /// <summary>One row per source; documents without a source count in the totals only.</summary>
    Source,

    /// <summary>One row per document type; documents without a type count in the totals only.</summary>
    DocType,
}
