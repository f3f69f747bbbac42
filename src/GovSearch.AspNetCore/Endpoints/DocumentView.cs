using GovSearch.Versions;

namespace GovSearch.AspNetCore.Endpoints;

/// <summary>A document with its law's other versions and the text of each passage: the JSON of <c>govsearch show --json</c>.</summary>
/// <param name="Document">The document as the index holds it.</param>
/// <param name="OtherVersions">The other versions of the same law, oldest first (empty when it has none).</param>
/// <param name="Passages">Its passages, in order.</param>
internal sealed record DocumentView(GovDocument Document, IReadOnlyList<LawVersion> OtherVersions, IReadOnlyList<PassageView> Passages);
