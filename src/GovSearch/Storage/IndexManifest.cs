using System.Globalization;
using GovSearch.Analysis;

namespace GovSearch.Storage;

/// <summary>What GovSearch records in the user data of every commit: the schema version and the analysis settings.</summary>
internal sealed record IndexManifest(int SchemaVersion, AnalysisOptions Analysis, string? TopicsFingerprint = null)
{
    /// <summary>The on-disk schema this build writes and reads.</summary>
    /// <remarks>2: the text and the passage table are also in binary doc values, for snippets.</remarks>
    public const int CurrentSchemaVersion = 2;

    public const string SchemaKey = "govsearch.schema";
    public const string AnalysisKey = "govsearch.analysis";
    public const string AnalysisFingerprintKey = "govsearch.analysis.fingerprint";

    /// <summary>The corpus fingerprint of the topic model whose vectors the commit holds; absent before training.</summary>
    public const string TopicsKey = "govsearch.topics";

    public IDictionary<string, string> ToUserData()
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SchemaKey] = SchemaVersion.ToString(CultureInfo.InvariantCulture),
            [AnalysisKey] = Analysis.Describe(),
            [AnalysisFingerprintKey] = Analysis.Fingerprint(),
        };
        if (TopicsFingerprint is not null)
        {
            data[TopicsKey] = TopicsFingerprint;
        }

        return data;
    }

    /// <summary>Reads the manifest of a commit, or explains why it cannot.</summary>
    /// <exception cref="IndexFormatException">The user data is missing, of another schema version, or damaged.</exception>
    public static IndexManifest FromUserData(string path, IDictionary<string, string> userData)
    {
        if (!userData.TryGetValue(SchemaKey, out var schemaText))
        {
            throw new IndexFormatException(path,
                $"'{path}' is a Lucene index, but GovSearch did not write it (its commit has no schema version). Index your documents into a new folder.");
        }

        if (!int.TryParse(schemaText, NumberStyles.None, CultureInfo.InvariantCulture, out var schema))
        {
            throw new IndexFormatException(path, $"The index at '{path}' records schema version '{schemaText}', which is not a number; the index is damaged. Rebuild it.");
        }

        if (schema != CurrentSchemaVersion)
        {
            var advice = schema > CurrentSchemaVersion ? "Use a newer GovSearch to open it" : "Rebuild it from your documents with this version";
            throw new IndexFormatException(path,
                $"The index at '{path}' was written with schema version {schema}; this GovSearch reads version {CurrentSchemaVersion}. {advice}.",
                foundSchemaVersion: schema);
        }

        var analysis = userData.TryGetValue(AnalysisKey, out var description) ? AnalysisOptions.FromDescription(description) : null;
        if (analysis is null)
        {
            throw new IndexFormatException(path, $"The index at '{path}' does not record its analysis settings; the index is damaged. Rebuild it.");
        }

        return new IndexManifest(schema, analysis, userData.TryGetValue(TopicsKey, out var topics) ? topics : null);
    }
}
