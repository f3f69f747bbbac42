using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovSearch.Documents;

namespace GovSearch.AspNetCore.Endpoints;

/// <summary>The JSON the endpoints write: that of <c>govsearch --json</c> (camelCase, CJK kept as characters, dates as
/// "yyyy[-MM[-dd]]", enums as camelCase names), on one line.</summary>
internal static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new DocumentDateJsonConverter(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
