namespace GovSearch.AspNetCore.Endpoints;

/// <summary>What a write request changed, after its commit.</summary>
/// <param name="Written">Documents added or replaced, or 1 for a delete.</param>
/// <param name="DocumentsInIndex">Documents in the index after the commit.</param>
internal sealed record WriteResult(int Written, int DocumentsInIndex);
