using System.Text.Json.Serialization;

namespace GovSearch.Ranking;

/// <summary>The description entry of a ranker file: its format, the features the model reads, and how it was trained.</summary>
internal sealed record RankerInfo(
    [property: JsonPropertyName("format")] int Format,
    [property: JsonPropertyName("features")] string[] Features,
    [property: JsonPropertyName("description")] string Description)
{
    /// <summary>The format this version writes and reads.</summary>
    public const int CurrentFormat = 1;
}
