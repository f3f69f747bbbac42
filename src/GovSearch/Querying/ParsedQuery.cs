namespace GovSearch.Querying;

/// <summary>
/// A query as GovSearch understands it, before analysis: groups of clauses (the clauses of one group are
/// joined by OR; groups are joined by the default operator) and filters (values of one field are joined by OR,
/// different fields by AND).
/// </summary>
internal sealed record ParsedQuery(
    string Text,
    IReadOnlyList<IReadOnlyList<QueryClause>> Groups,
    IReadOnlyList<QueryFilter> Filters,
    IReadOnlyList<string> Warnings)
{
    /// <summary>A readable form, for tests and diagnostics: groups in brackets, filters after.</summary>
    public override string ToString()
    {
        var groups = Groups.Select(g => g.Count == 1 ? Show(g[0]) : "(" + string.Join(" OR ", g.Select(Show)) + ")");
        var filters = Filters.Select(f => (f.Negated ? "-" : string.Empty) + f.Field + ":" + (f.Value ?? $"{f.From}..{f.To}"));
        return string.Join(' ', groups.Concat(filters));

        static string Show(QueryClause c) => (c.Negated ? "-" : string.Empty) + (c.IsPhrase ? $"\"{c.Text}\"" : c.Text);
    }
}
