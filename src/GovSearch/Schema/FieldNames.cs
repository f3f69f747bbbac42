
namespace GovSearch.Schema;

/// <summary>The Lucene fields of a GovSearch document.</summary>
internal static class FieldNames
{
    /// <summary>Indexed as one term, stored, and sorted doc values for ordering ties.</summary>
    public const string Id = "id";

    /// <summary>Analyzed with positions and offsets, stored, and in binary doc values so hits need no stored fields.</summary>
    public const string Title = "title";

    /// <summary>Analyzed with positions and offsets (for passages and snippets; in an index of <see cref="TextOffsets.Spans"/>
    /// the offsets are in <see cref="TextSpans"/>, not in the postings), not stored. Text storage 1 also kept
    /// the whole text here, in binary doc values as UTF-16 (<see cref="TextCodec"/>); storage 2 keeps it in compressed
    /// blocks (<see cref="TextLength"/>, <see cref="TextBlock"/>), so snippets read only their windows.</summary>
    public const string Text = "text";

    /// <summary>Text storage 2: the text's length in UTF-16 code units (numeric doc values). A document that has it keeps
    /// its text in <see cref="TextBlock"/> fields; one that lacks it was written by storage 1 (the whole text in the
    /// binary doc values of <see cref="Text"/>).</summary>
    public const string TextLength = "text.length";

    /// <summary>Text storage 2: the prefix of the block fields, <c>text.block.0</c>, <c>text.block.1</c>, …, each one
    /// compressed block of the text (binary doc values, <see cref="TextBlocks"/>).</summary>
    public const string TextBlock = "text.block.";

    /// <summary>Indexes of <see cref="TextOffsets.Spans"/>: where each token of the text lies, by position (binary doc
    /// values, <see cref="TokenSpanCodec"/>), since the text field's postings keep positions without offsets.</summary>
    public const string TextSpans = "text.spans";

    /// <summary>Text storage 3 on: which codec compressed a document's <see cref="TextBlock"/> fields (numeric doc values,
    /// <see cref="TextBlocks.StorageVersion"/>). A document with <see cref="TextLength"/> but without it (value 0) was
    /// written by storage 2 (Brotli), so a segment merged from both kinds reads each document right.</summary>
    public const string TextStorage = "text.storage";

    /// <summary>Text storage 2: the passage table (<see cref="PassageCodec"/>) compressed like a text block (binary doc
    /// values); a document without it has its table uncompressed in <see cref="PassageTable"/>.</summary>
    public const string PackedPassageTable = "passages.packed";

    /// <summary>The title as overlapping Han character bigrams (<see cref="Analysis.BigramAnalyzer"/>), with positions and
    /// without offsets, not stored. Present only in indexes created with <see cref="AnalysisOptions.CharacterBigrams"/>.</summary>
    public const string TitleBigrams = "title.bigram";

    /// <summary>The text as overlapping Han character bigrams; see <see cref="TitleBigrams"/>.</summary>
    public const string TextBigrams = "text.bigram";

    /// <summary>The document's chapter, section and numbered headings (<see cref="HeadingText"/>), analyzed as the text is,
    /// with positions, not stored. Indexes written before it existed lack it, and queries on it match nothing there.</summary>
    public const string Headings = "headings";

    /// <summary>Keyword fields: lower-cased term for filters, original stored, original in sorted doc values for facets.</summary>
    public const string Language = "lang";

    /// <inheritdoc cref="Language"/>
    public const string DocType = "type";

    /// <inheritdoc cref="Language"/>
    public const string Source = "source";

    /// <summary>Int32 field for year filters and numeric doc values for year facets.</summary>
    public const string Year = "year";

    /// <summary>The date as stored text, and yyyyMMdd numeric doc values for sorting.</summary>
    public const string Date = "date";

    /// <summary>The passage count (numeric doc values).</summary>
    public const string Passages = "passages";

    /// <summary>The encoded passage table (binary doc values), for snippets and for reading a document back: text storage 1;
    /// storage 2 writes <see cref="PackedPassageTable"/> instead.</summary>
    public const string PassageTable = "passages.table";

    /// <summary>The document's topic vector (binary doc values, float32 little-endian; empty before training). Updatable in place.</summary>
    public const string TopicVector = "topics";

    /// <summary>The dominant topic (numeric doc values; -1 before training). Updatable in place.</summary>
    public const string DominantTopic = "topic";

    /// <summary>Where the topic vector came from (numeric doc values): 0 none, 1 training, 2 inference after training.</summary>
    public const string TopicOrigin = "topic.origin";

    /// <summary>A 64-bit hash of the text (numeric doc values), to recognise exact duplicates.</summary>
    public const string TextHash = "texthash";

    /// <summary>The title's key (<see cref="Citations.LawTitles.Key"/>): one term for finding a law's versions and
    /// resolving references, and sorted doc values for grouping versions.</summary>
    public const string TitleKey = "title.key";

    /// <summary>The keys of the laws a document cites: one term each for the cites: filter, and sorted-set doc values
    /// for the facet and the citation graph.</summary>
    public const string Cites = "cites";

    /// <summary>The references found in the text (<see cref="Citations.CitationCodec"/>), stored.</summary>
    public const string Citations = "citations";

    /// <summary>Prefix of stored metadata fields.</summary>
    public const string MetadataPrefix = "meta.";
}
