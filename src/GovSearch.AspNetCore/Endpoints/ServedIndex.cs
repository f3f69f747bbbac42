
namespace GovSearch.AspNetCore.Endpoints;

/// <summary>The index the endpoints serve, with the limits they enforce.</summary>
internal sealed record ServedIndex(GovSearchIndex Index, GovSearchEndpointOptions Options);
