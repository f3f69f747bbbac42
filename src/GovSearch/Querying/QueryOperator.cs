namespace GovSearch;

/// <summary>How the words of a query combine when no OR stands between them.</summary>
public enum QueryOperator
{
    /// <summary>Every word must match.</summary>
    And,

    /// <summary>Any word may match; documents matching more words rank higher (the default).</summary>
    Or,
}
