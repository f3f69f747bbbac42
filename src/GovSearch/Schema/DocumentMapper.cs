using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using GovSearch.Analysis;
using GovSearch.Citations;
using GovSearch.Documents;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;
using LuceneIndexOptions = Lucene.Net.Index.IndexOptions;


namespace GovSearch.Schema;

/// <summary>Turns a <see cref="GovDocument"/> into Lucene fields and back.</summary>
internal static class DocumentMapper
{
    private static readonly FieldType AnalyzedWithOffsets = CreateAnalyzedType(stored: true);

    /// <summary>The text field: indexed like the title but not stored, since its doc values keep it (once).</summary>
    private static readonly FieldType AnalyzedWithOffsetsNotStored = CreateAnalyzedType(stored: false);

    /// <summary>Positions without offsets, not stored: the text field of <see cref="TextOffsets.Spans"/> (its token spans
    /// are in <see cref="FieldNames.TextSpans"/>), the headings, and the bigram fields of <see cref="BigramPostings.Positions"/>
    /// (positions for phrases; snippets use the word fields).</summary>
    private static readonly FieldType AnalyzedWithPositions = CreateBigramType(LuceneIndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

    /// <summary>The bigram fields of <see cref="BigramPostings.Frequencies"/>: documents and frequencies, not stored.</summary>
    private static readonly FieldType AnalyzedWithFrequencies = CreateBigramType(LuceneIndexOptions.DOCS_AND_FREQS);

    /// <summary>Builds the Lucene document. Detects the language when the document has none.</summary>
    /// <param name="document">The document.</param>
    /// <param name="topics">Its inferred topic vector, when the index has a topic model; else null.</param>
    /// <param name="bigrams">What the index's character-bigram fields hold, or <see langword="null"/> when it has none.</param>
    /// <param name="dictionary">The index's text dictionary (text storage 3), or <see langword="null"/> while it has none
    /// (storage 2, Brotli).</param>
    /// <param name="passageCount">The number of passages its text was cut into.</param>
    /// <param name="spansAnalyzer">For <see cref="TextOffsets.Spans"/>: the index's write analyzer, which analyzes the
    /// text here, once, for both its postings and its token spans; null (<see cref="TextOffsets.Postings"/>) leaves the
    /// text to the writer's analyzer, offsets in the postings.</param>
    public static LuceneDocument ToLucene(GovDocument document, float[]? topics, BigramPostings? bigrams, TextDictionary? dictionary, out int passageCount,
        Lucene.Net.Analysis.Analyzer? spansAnalyzer = null)
    {
        var passages = PassageSplitter.Split(document.Text, document.Headings);
        passageCount = passages.Count;
        var passageTable = PassageCodec.Encode(passages);
        var language = document.Language is { } given ? DocumentLanguages.Canonical(given)! : DetectLanguage(document);

        var fields = new LuceneDocument
        {
            new StringField(FieldNames.Id, document.Id, Field.Store.YES),
            new SortedDocValuesField(FieldNames.Id, new BytesRef(document.Id)),
            new Field(FieldNames.Title, document.Title, AnalyzedWithOffsets),
            new BinaryDocValuesField(FieldNames.Title, new BytesRef(document.Title)),
            new NumericDocValuesField(FieldNames.TextLength, document.Text.Length),
            new BinaryDocValuesField(FieldNames.PackedPassageTable, new BytesRef(TextBlocks.Pack(passageTable))),
            new NumericDocValuesField(FieldNames.Passages, passages.Count),
            new NumericDocValuesField(FieldNames.TextHash, TextHash(document.Text)),
            new BinaryDocValuesField(FieldNames.TopicVector, new BytesRef(topics is null ? [] : TopicVectorCodec.Encode(topics))),
            new NumericDocValuesField(FieldNames.DominantTopic, topics is null ? -1 : TopicVectorCodec.Dominant(topics)),
            new NumericDocValuesField(FieldNames.TopicOrigin, topics is null ? TopicVectorCodec.NoTopics : TopicVectorCodec.Inferred),
        };

        if (spansAnalyzer is null)
        {
            fields.Add(new Field(FieldNames.Text, document.Text, AnalyzedWithOffsetsNotStored));
        }
        else
        {
            var tokens = CapturedTokens.Analyze(spansAnalyzer, FieldNames.Text, document.Text);
            fields.Add(new Field(FieldNames.Text, tokens.Replay(), AnalyzedWithPositions));
            fields.Add(new BinaryDocValuesField(FieldNames.TextSpans, new BytesRef(TokenSpanCodec.Encode(tokens))));
        }

        if (HeadingText.Of(passages) is { Length: > 0 } headings)
        {
            fields.Add(new Field(FieldNames.Headings, headings, AnalyzedWithPositions));
        }

        AddTextBlocks(fields, document.Text, dictionary);

        if (bigrams is { } postings)
        {
            var type = postings == BigramPostings.Frequencies ? AnalyzedWithFrequencies : AnalyzedWithPositions;
            fields.Add(new Field(FieldNames.TitleBigrams, document.Title, type));
            fields.Add(new Field(FieldNames.TextBigrams, document.Text, type));
        }

        AddKeyword(fields, FieldNames.Language, language);
        AddKeyword(fields, FieldNames.DocType, document.DocType);
        AddKeyword(fields, FieldNames.Source, document.Source);

        if (document.Date is { } date)
        {
            fields.Add(new StoredField(FieldNames.Date, date.ToString()));
            fields.Add(new NumericDocValuesField(FieldNames.Date, date.SortKey));
            fields.Add(new Int32Field(FieldNames.Year, date.Year, Field.Store.NO));
            fields.Add(new NumericDocValuesField(FieldNames.Year, date.Year));
        }

        AddCitations(fields, document);

        foreach (var (key, value) in document.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            fields.Add(new StoredField(FieldNames.MetadataPrefix + key, value));
        }

        return fields;
    }

    /// <summary>The value a keyword field is filtered on: trimmed, lower case (invariant).</summary>
    public static string KeywordTerm(string value) => value.Trim().ToLowerInvariant();

    /// <summary>Rebuilds one document and its passages: the metadata from its stored fields, the text and the
    /// passage table from its segment's doc values (either text storage, <see cref="SegmentValues"/>).</summary>
    public static (GovDocument Document, IReadOnlyList<Passage> Passages) FromLucene(IndexReader reader, int docId)
    {
        var stored = reader.Document(docId);
        var (segment, local) = SegmentValues.Leaf(reader, docId);
        var passages = SegmentValues.Passages(segment, local);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in stored.Fields)
        {
            if (field.Name.StartsWith(FieldNames.MetadataPrefix, StringComparison.Ordinal))
            {
                metadata[field.Name[FieldNames.MetadataPrefix.Length..]] = field.GetStringValue();
            }
        }

        var dateText = stored.Get(FieldNames.Date);
        var document = new GovDocument(stored.Get(FieldNames.Id))
        {
            Title = stored.Get(FieldNames.Title) ?? string.Empty,
            Text = new string(SegmentValues.Text(segment, local)),
            Language = stored.Get(FieldNames.Language),
            DocType = stored.Get(FieldNames.DocType),
            Source = stored.Get(FieldNames.Source),
            Date = dateText is null ? null : DocumentDate.Parse(dateText),
            Metadata = metadata,
        };
        return (document, passages);
    }

    private static string DetectLanguage(GovDocument document) =>
        document.Text.Length == 0 ? DocumentLanguages.Detect(document.Title) : DocumentLanguages.Detect(document.Text);

    /// <summary>The first 8 bytes of the SHA-256 of the text, as a number.</summary>
    public static long TextHash(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(MemoryMarshal.AsBytes(text.AsSpan()), hash);
        return BinaryPrimitives.ReadInt64LittleEndian(hash);
    }

    /// <summary>The title key, and the references of the text to laws (one to its own title, as in a clause repealing an
    /// older version, is kept: it resolves to that version when the index holds it).</summary>
    private static void AddCitations(LuceneDocument fields, GovDocument document)
    {
        var own = LawTitles.Key(document.Title);
        if (own.Length > 0)
        {
            fields.Add(new StringField(FieldNames.TitleKey, own, Field.Store.NO));
            fields.Add(new SortedDocValuesField(FieldNames.TitleKey, new BytesRef(own)));
        }

        var citations = CitationExtractor.Extract(document.Text);
        if (citations.Count == 0)
        {
            return;
        }

        fields.Add(new StoredField(FieldNames.Citations, CitationCodec.Encode(citations)));
        foreach (var key in citations.Select(c => c.Key).Distinct(StringComparer.Ordinal))
        {
            fields.Add(new StringField(FieldNames.Cites, key, Field.Store.NO));
            fields.Add(new SortedSetDocValuesField(FieldNames.Cites, new BytesRef(key)));
        }
    }

    /// <summary>Text storage 3 (with the index's dictionary) or 2 (without): the text in compressed blocks, one binary doc values field each (<see cref="TextBlocks"/>).</summary>
    private static void AddTextBlocks(LuceneDocument fields, string text, TextDictionary? dictionary)
    {
        if (dictionary is not null)
        {
            fields.Add(new NumericDocValuesField(FieldNames.TextStorage, TextBlocks.StorageVersion));
        }

        for (var block = 0; block < TextBlocks.BlockCount(text.Length); block++)
        {
            var start = block * TextBlocks.BlockCharacters;
            var chars = text.AsSpan(start, Math.Min(TextBlocks.BlockCharacters, text.Length - start));
            fields.Add(new BinaryDocValuesField(TextBlocks.FieldOf(block), new BytesRef(TextBlocks.Compress(chars, dictionary))));
        }
    }

    private static void AddKeyword(LuceneDocument fields, string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        fields.Add(new StringField(name, KeywordTerm(value), Field.Store.NO));
        fields.Add(new StoredField(name, value));
        fields.Add(new SortedDocValuesField(name, new BytesRef(value)));
    }

    private static FieldType CreateBigramType(LuceneIndexOptions options)
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = options };
        type.Freeze();
        return type;
    }

    private static FieldType CreateAnalyzedType(bool stored)
    {
        var type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED)
        {
            IndexOptions = LuceneIndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        };
        type.Freeze();
        return type;
    }
}
