
namespace GovSearch.AspNetCore.Endpoints;

/// <summary>A document with the text of each passage: the JSON of <c>govsearch show --json</c>.</summary>
/// <param name="Document">The document as the index holds it.</param>
/// <param name="Passages">Its passages, in order.</param>
internal sealed record DocumentView(GovDocument Document, IReadOnlyList<PassageView> Passages);
