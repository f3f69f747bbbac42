namespace GovSearch.Querying;

/// <summary>A field filter of a parsed query: lang:, type:, source:, year: (one year or a range), or topic:.</summary>
/// <param name="Field">The field name, lower case.</param>
/// <param name="Value">The value for keyword fields; null for year.</param>
/// <param name="From">The first year of a year filter, or null when open.</param>
/// <param name="To">The last year of a year filter, or null when open.</param>
/// <param name="Position">Where it starts in the query text.</param>
/// <param name="Length">How many characters it spans.</param>
/// <param name="Negated">True when prefixed by '-'.</param>
internal sealed record QueryFilter(string Field, string? Value, int? From, int? To, int Position, int Length, bool Negated);
