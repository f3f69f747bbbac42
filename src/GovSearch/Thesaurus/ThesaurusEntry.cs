namespace GovSearch.Thesaurus;

/// <summary>One line of the governance thesaurus: an everyday phrase and the legal wording it stands for.</summary>
/// <param name="Lay">The everyday phrase as written in the file.</param>
/// <param name="Legal">The legal alternatives, each one or more words separated by spaces.</param>
/// <param name="Domain">The area of law, such as labour or family.</param>
/// <param name="Note">A short note for the reader of the file; may be empty.</param>
internal sealed record ThesaurusEntry(string Lay, IReadOnlyList<string> Legal, string Domain, string Note);
