using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovSearch.Documents;

namespace GovSearch.Cli;

/// <summary>The JSON the tool prints: camelCase, indented, CJK kept as characters, dates as "yyyy[-MM[-dd]]".</summary>
internal static class Json
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new DocumentDateJsonConverter(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>One-line JSON, for JSON lines output.</summary>
    public static JsonSerializerOptions Compact { get; } = new(Options) { WriteIndented = false };

    public static void Write<T>(TextWriter writer, T value) => writer.WriteLine(JsonSerializer.Serialize(value, Options));
}
