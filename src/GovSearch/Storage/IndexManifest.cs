using System.Globalization;
using GovSearch.Analysis.Segmentation;

namespace GovSearch.Storage;

/// <summary>
/// What GovSearch records in the user data of every commit: the schema version, the analysis settings and the
/// segmenter that analyzed the Chinese text.
/// </summary>
/// <param name="SchemaVersion">The on-disk schema.</param>
/// <param name="Analysis">The analysis settings.</param>
/// <param name="TopicsFingerprint">The corpus fingerprint of the topic model, or null.</param>
/// <param name="Segmenter">
/// Which segmenter wrote the commit (<see cref="FastSegmenterName"/> or <see cref="SmartCnSegmenterName"/>); null
/// means the one <see cref="AnalysisOptions.Segmenter"/> names. A commit from before the key existed reads as SmartCn.
/// Informational: both give the same tokens, so it is not part of the analysis fingerprint.
/// </param>
internal sealed record IndexManifest(int SchemaVersion, AnalysisOptions Analysis, string? TopicsFingerprint = null, string? Segmenter = null)
{
    /// <summary>The on-disk schema this build writes and reads.</summary>
    /// <remarks>2: the text and the passage table are also in binary doc values, for snippets. 3: each document's
    /// normalized law title and the laws it cites (citations, versions, the cites: filter).</remarks>
    public const int CurrentSchemaVersion = 3;

    public const string SchemaKey = "govsearch.schema";
    public const string AnalysisKey = "govsearch.analysis";
    public const string AnalysisFingerprintKey = "govsearch.analysis.fingerprint";

    /// <summary>The corpus fingerprint of the topic model whose vectors the commit holds; absent before training.</summary>
    public const string TopicsKey = "govsearch.topics";

    /// <summary>The user dictionary's words, normalized, sorted, one a line; absent when there is none. Its count and hash
    /// are part of the analysis description, which is what opening compares.</summary>
    public const string UserDictionaryKey = "govsearch.userdict";

    /// <summary>The traditional-to-simplified tables the index was built with
    /// (<see cref="GovSearch.Analysis.TextNormalizer.ConversionFingerprint"/>): the key in the user data, written when the
    /// index converts traditional text. Informational, like the segmenter: not part of the analysis fingerprint, so an
    /// index written with other tables still opens; its documents keep the conversion they were indexed with until
    /// they are indexed again. A later commit by another GovSearch keeps the recorded value (its older documents still
    /// hold that conversion); only a new or rebuilt index records the running tables. A commit without the key was
    /// written before the key existed, and its later commits go on without it.</summary>
    public const string TraditionalConversionKey = "govsearch.traditional-conversion";

    /// <summary>The conversion tables to record (<see cref="TraditionalConversionKey"/>): the running ones for a new index,
    /// what the commit records (or <see langword="null"/>) for an existing one.</summary>
    public string? TraditionalConversion { get; init; } = GovSearch.Analysis.TextNormalizer.ConversionFingerprint;

    /// <summary>Which segmenter wrote a commit: the key in the user data.</summary>
    public const string SegmenterKey = "govsearch.segmenter";

    /// <summary>Which text storage wrote a commit's new documents: the key in the user data. A commit without it was
    /// written by storage 1 (<see cref="Schema.TextCodec"/>); this build writes <see cref="Schema.TextBlocks.StorageVersion"/>.
    /// Informational: each document is read by what its segment holds, so a commit may mix both.</summary>
    public const string TextStorageKey = "govsearch.text-storage";

    /// <summary>What the character-bigram fields of a commit hold (<see cref="GovSearch.Analysis.BigramPostings"/>): the key in the user
    /// data, written only by an index with bigram fields. A commit with bigram fields but without the key holds positions.</summary>
    public const string BigramPostingsKey = "govsearch.bigram-postings";

    /// <summary>What the bigram fields hold, and what a writer keeps writing into them: <see cref="GovSearch.Analysis.BigramPostings.Frequencies"/>
    /// for a new index, what the commit records (or <see cref="GovSearch.Analysis.BigramPostings.Positions"/>) for an existing one.
    /// Not part of the analysis fingerprint: the terms are the same bigrams either way.</summary>
    public GovSearch.Analysis.BigramPostings BigramPostings { get; init; } = GovSearch.Analysis.BigramPostings.Frequencies;

    /// <summary>Where the text field's token offsets are kept (<see cref="Schema.TextOffsets"/>): the key in the user data.
    /// A commit without it keeps them in the postings.</summary>
    public const string TextOffsetsKey = "govsearch.text-offsets";

    /// <summary>Where the text field's offsets are, and where a writer keeps putting them: <see cref="Schema.TextOffsets.Spans"/>
    /// for a new index, what the commit records (or <see cref="Schema.TextOffsets.Postings"/>) for an existing one.</summary>
    public Schema.TextOffsets TextOffsets { get; init; } = Schema.TextOffsets.Spans;

    /// <summary>The index's text dictionary (<see cref="Schema.TextDictionary"/>), base64: the key in the user data, written
    /// from the commit that first holds documents of text storage 3 on, and kept in every later commit.</summary>
    public const string TextDictionaryKey = "govsearch.text-dictionary";

    /// <summary>The index's text dictionary, or <see langword="null"/> while it has none (new text blocks are Brotli).</summary>
    public Schema.TextDictionary? TextDictionary { get; init; }

    /// <summary>The text storage of a commit whose user data does not record one.</summary>
    public const int FirstTextStorage = 1;

    /// <summary>The text storage that wrote the commit's newest documents (see <see cref="TextStorageKey"/>).</summary>
    public int TextStorage { get; init; } = Schema.TextBlocks.StorageVersion;

    /// <summary>The recorded name of <see cref="HanSegmenterKind.Fast"/>.</summary>
    public const string FastSegmenterName = "govsearch-hhmm";

    /// <summary>The recorded name of <see cref="HanSegmenterKind.SmartCn"/>, and what a commit without the key means.</summary>
    public const string SmartCnSegmenterName = "smartcn-hhmm";

    /// <summary>The segmenter that wrote the commit, or that will write it.</summary>
    public string SegmenterName => Segmenter ?? NameOf(Analysis.Segmenter);

    /// <summary>The name recorded for <paramref name="kind"/>.</summary>
    public static string NameOf(HanSegmenterKind kind) => kind == HanSegmenterKind.SmartCn ? SmartCnSegmenterName : FastSegmenterName;

    public IDictionary<string, string> ToUserData()
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SchemaKey] = SchemaVersion.ToString(CultureInfo.InvariantCulture),
            [AnalysisKey] = Analysis.Describe(),
            [AnalysisFingerprintKey] = Analysis.Fingerprint(),
            [SegmenterKey] = NameOf(Analysis.Segmenter),
            [TextStorageKey] = Schema.TextBlocks.StorageVersion.ToString(CultureInfo.InvariantCulture),
            [TextOffsetsKey] = NameOf(TextOffsets),
        };
        if (TopicsFingerprint is not null)
        {
            data[TopicsKey] = TopicsFingerprint;
        }

        if (Analysis.ConvertTraditional && TraditionalConversion is not null)
        {
            data[TraditionalConversionKey] = TraditionalConversion;
        }

        if (TextDictionary is not null)
        {
            data[TextDictionaryKey] = Convert.ToBase64String(TextDictionary.Bytes);
        }

        if (Analysis.CharacterBigrams)
        {
            data[BigramPostingsKey] = NameOf(BigramPostings);
        }

        if (Analysis.UserWords.Count > 0)
        {
            data[UserDictionaryKey] = string.Join('\n', Analysis.NormalizedUserWords());
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

        if (AnalysisOptions.UserDictionaryOf(description!) is { } recorded)
        {
            var words = userData.TryGetValue(UserDictionaryKey, out var text) && text.Length > 0 ? text.Split('\n') : [];
            if (words.Length != recorded.Count || AnalysisOptions.UserDictionaryHashOf(words) != recorded.Hash)
            {
                throw new IndexFormatException(path,
                    $"The index at '{path}' records a user dictionary (count {recorded.Count}, hash {recorded.Hash}), but the words it holds do not match; the index is damaged. Rebuild it.");
            }

            analysis = analysis with { UserWords = words };
        }

        return new IndexManifest(
            schema,
            analysis,
            userData.TryGetValue(TopicsKey, out var topics) ? topics : null,
            userData.TryGetValue(SegmenterKey, out var segmenter) ? segmenter : SmartCnSegmenterName)
        {
            TextStorage = userData.TryGetValue(TextStorageKey, out var storage)
                && int.TryParse(storage, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : FirstTextStorage,
            BigramPostings = BigramPostingsOf(path, userData),
            TraditionalConversion = userData.TryGetValue(TraditionalConversionKey, out var conversion) ? conversion : null,
            TextDictionary = TextDictionaryOf(path, userData),
            TextOffsets = TextOffsetsOf(path, userData),
        };
    }

    /// <summary>The commit's text dictionary, made known to this process's readers (<see cref="Schema.TextDictionary.Register"/>):
    /// at open, and at every refresh, since another process may have trained it since.</summary>
    /// <exception cref="IndexFormatException">The recorded dictionary is damaged.</exception>
    public static Schema.TextDictionary? TextDictionaryOf(string path, IDictionary<string, string> userData)
    {
        if (!userData.TryGetValue(TextDictionaryKey, out var text))
        {
            return null;
        }

        try
        {
            return Schema.TextDictionary.KnownFrom(text) ?? Schema.TextDictionary.Register(Convert.FromBase64String(text));
        }
        catch (Exception e) when (e is FormatException or InvalidDataException)
        {
            throw new IndexFormatException(path, $"The index at '{path}' records a text dictionary that is not one; the index is damaged. Rebuild it.");
        }
    }

    /// <summary>The recorded name of <paramref name="postings"/>.</summary>
    public static string NameOf(GovSearch.Analysis.BigramPostings postings) =>
        postings == GovSearch.Analysis.BigramPostings.Frequencies ? "frequencies" : "positions";

    private static GovSearch.Analysis.BigramPostings BigramPostingsOf(string path, IDictionary<string, string> userData)
    {
        if (!userData.TryGetValue(BigramPostingsKey, out var name) || name == NameOf(GovSearch.Analysis.BigramPostings.Positions))
        {
            return GovSearch.Analysis.BigramPostings.Positions;
        }

        return name == NameOf(GovSearch.Analysis.BigramPostings.Frequencies)
            ? GovSearch.Analysis.BigramPostings.Frequencies
            : throw new IndexFormatException(path,
                $"The index at '{path}' records bigram postings '{name}', which this GovSearch does not know. Use a newer GovSearch to open it.");
    }

    /// <summary>The recorded name of <paramref name="offsets"/>.</summary>
    public static string NameOf(Schema.TextOffsets offsets) => offsets == Schema.TextOffsets.Spans ? "spans" : "postings";

    private static Schema.TextOffsets TextOffsetsOf(string path, IDictionary<string, string> userData)
    {
        if (!userData.TryGetValue(TextOffsetsKey, out var name) || name == NameOf(Schema.TextOffsets.Postings))
        {
            return Schema.TextOffsets.Postings;
        }

        return name == NameOf(Schema.TextOffsets.Spans)
            ? Schema.TextOffsets.Spans
            : throw new IndexFormatException(path,
                $"The index at '{path}' records text offsets '{name}', which this GovSearch does not know. Use a newer GovSearch to open it.");
    }
}
