namespace GovSearch;

/// <summary>How the query text is read.</summary>
public enum QuerySyntax
{
    /// <summary>The GovSearch query language (the default): words, "phrases", -exclusion, OR, and the filters
    /// lang:, type:, source:, year:, topic:.</summary>
    Full,

    /// <summary>The text is searched as words and nothing else: quotes, '-', OR, brackets and colons have no meaning,
    /// so user input such as <c>Article 5: rights</c> or <c>http://www.gov.cn</c> searches its words. Words combine by
    /// <see cref="SearchOptions.DefaultOperator"/>; filters come only from the typed options, such as
    /// <see cref="SearchOptions.DocTypes"/>. Never produces warnings.</summary>
    Literal,
}
