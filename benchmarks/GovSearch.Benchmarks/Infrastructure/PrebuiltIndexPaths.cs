namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>The folders of a prebuilt GovSearch index and its plain Lucene.Net twin.</summary>
/// <param name="GovSearch">The GovSearch index.</param>
/// <param name="Lucene">The plain Lucene.Net SmartCn index (id, title, text, and lang, type, year for filters).</param>
/// <param name="LuceneTuned">The tuned plain Lucene.Net index (<see cref="TunedLucene"/>): the same fields, nothing stored.</param>
internal sealed record PrebuiltIndexPaths(string GovSearch, string Lucene, string LuceneTuned);
