namespace GovSearch.Analysis;

/// <summary>Whether text is analyzed for the index or for a query.</summary>
internal enum AnalysisMode
{
    /// <summary>Protected formulations give the whole term and, stacked at the same position, its parts and any shorter protected term inside it.</summary>
    Index,

    /// <summary>Protected formulations give only the whole term, so a query for one matches only the whole formulation.</summary>
    Query,
}
