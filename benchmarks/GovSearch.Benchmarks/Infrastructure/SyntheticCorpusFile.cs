namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>A synthetic corpus on disk, in the corpus's JSON lines schema, and what it holds.</summary>
/// <param name="Path">The .jsonl file.</param>
/// <param name="Documents">How many documents it holds.</param>
/// <param name="Passages">How many passages GovSearch's splitter cuts their texts into.</param>
/// <param name="Utf8Bytes">The UTF-8 size of every title and text, as the indexing benchmarks count input.</param>
internal sealed record SyntheticCorpusFile(string Path, int Documents, long Passages, long Utf8Bytes);
