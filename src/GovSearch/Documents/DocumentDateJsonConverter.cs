using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovSearch.Documents;

/// <summary>Writes a <see cref="DocumentDate"/> as the text people read, "yyyy", "yyyy-MM" or "yyyy-MM-dd", and reads it
/// back: the JSON of the CLI's --json and of the HTTP endpoints.</summary>
internal sealed class DocumentDateJsonConverter : JsonConverter<DocumentDate>
{
    public override DocumentDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DocumentDate.Parse(reader.GetString()!);

    public override void Write(Utf8JsonWriter writer, DocumentDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
