using System.Globalization;

namespace GovSearch;

/// <summary>Settings of one search. Every default is safe for interactive use.</summary>
/// <remarks>
/// <para><b>Typed filters.</b> <see cref="Languages"/>, <see cref="DocTypes"/>, <see cref="Sources"/>,
/// <see cref="FromYear"/>/<see cref="ToYear"/>, <see cref="FromDate"/>/<see cref="ToDate"/> and <see cref="Topics"/>
/// narrow the matches without changing scores, and are never read from the query text, so user input cannot change
/// them. The values of one filter are OR-ed (<c>Languages = ["zh", "en"]</c> keeps Chinese or English documents);
/// different filters, and the filters and the query text (with its own lang:, type:, … filters), are AND-ed.
/// An empty list or a null bound (the defaults) does not filter. A <see cref="FacetValue.Value"/> put into the
/// matching filter (<see cref="SearchFacets.Years"/> into both year bounds, <see cref="SearchFacets.Topics"/> parsed
/// into <see cref="Topics"/>) matches exactly the documents the facet counted.</para>
/// </remarks>
public sealed record SearchOptions
{
    /// <summary>The largest page a search returns: 1,000 hits.</summary>
    public const int MaximumLimit = 1000;

    /// <summary>The deepest offset a search pages to: 100,000.</summary>
    public const int MaximumOffset = 100_000;

    /// <summary>
    /// The longest query, in UTF-16 characters: 100,000. A longer query is refused with a <see cref="QueryException"/>
    /// at the first character past the limit, before any analysis, so a hostile query costs bounded time and memory.
    /// </summary>
    public const int MaximumQueryLength = 100_000;

    /// <summary>The most values a typed filter list may hold (Lucene joins at most 1,024 clauses).</summary>
    private const int MaximumFilterValues = 1000;

    /// <summary>The default options.</summary>
    public static SearchOptions Default { get; } = new();

    /// <summary>How many hits to skip: 0 to <see cref="MaximumOffset"/>. Default: 0.</summary>
    public int Offset { get; init; }

    /// <summary>How many hits to return: 1 to <see cref="MaximumLimit"/>. Default: 10.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>The order of hits. Default: <see cref="SearchSort.Relevance"/>.</summary>
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>How hits are ranked. Default: <see cref="SearchMode.Lexical"/>.</summary>
    public SearchMode Mode { get; init; } = SearchMode.Lexical;

    /// <summary>
    /// In <see cref="SearchMode.Hybrid"/>, the weight w of topic similarity: each of the top <see cref="RerankDepth"/>
    /// BM25 candidates scores (1 − w) · bm25 / max bm25 + w · cos(query topics, document topics), where the query's
    /// topics are the BM25-weighted mean of the top 10 candidates' topic vectors (pseudo-relevance feedback). Hybrid
    /// applies to relevance order only. 0 to 1. Default: 0.1 (on the judged query set, 0.1 scores nDCG@10 0.922 against 0.921 for lexical with the default topic model; 0.2 and more scored lower).
    /// </summary>
    public float TopicWeight { get; init; } = 0.1f;

    /// <summary>In <see cref="SearchMode.Hybrid"/>, how many BM25 candidates are re-ranked: 10 to 1,000. Default: 100.</summary>
    public int RerankDepth { get; init; } = 100;

    /// <summary>
    /// How words combine without OR. Default: <see cref="QueryOperator.Or"/> (any word may match; documents with more of
    /// them, and with them close together, rank higher), as in Lucene and Tantivy. On the judged query set it scores
    /// nDCG@10 0.92 against 0.78 for <see cref="QueryOperator.And"/>, which misses documents that word a need differently.
    /// </summary>
    public QueryOperator DefaultOperator { get; init; } = QueryOperator.Or;

    /// <summary>
    /// Whether malformed syntax is an error. Default: <see langword="false"/>: an unbalanced quote, a lone operator,
    /// a stray colon or bracket, or a bad filter value is read as literal text and noted in
    /// <see cref="SearchResults.Warnings"/>, as is a topic: filter naming a topic the model lacks (kept: it matches
    /// nothing). When <see langword="true"/>, each throws a <see cref="QueryException"/> with its position.
    /// <see cref="QuerySyntax.Literal"/> text has no syntax to be malformed.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>How much a match in the title outweighs one in the text: 0 to 100. Default: 1.5.</summary>
    public float TitleBoost { get; init; } = 1.5f;

    /// <summary>
    /// The weight of a word's character bigrams as loose terms: a document that an unquoted word with Han characters
    /// matches also scores each of the word's overlapping two-character pieces found in its bigram fields (title boosted
    /// by <see cref="TitleBoost"/>), times this weight, so documents sharing more of the word's characters in order rank
    /// higher whatever SmartCn made of them. The loose bigrams rank; they never make a document match on their own.
    /// Used only by indexes created with <see cref="AnalysisOptions.CharacterBigrams"/>; other indexes ignore
    /// it. Each bigram of the query counts toward <see cref="MaximumQueryTerms"/>. 0 to 100; 0 turns it off.
    /// Default: 1 (chosen with <see cref="BigramPhraseWeight"/> on the tune half of the judged-v2 queries; see the README).
    /// </summary>
    public float BigramWeight { get; init; } = 1;

    /// <summary>
    /// The weight of a word's character bigrams as a phrase: a word with Han characters (or a quoted phrase whose words
    /// are all Han) also matches where its bigrams stand at consecutive positions, that is where its characters stand
    /// together in the title or text however SmartCn segmented them, and that phrase's score, times this weight, adds to
    /// the word's. A document then matches the word by its words or by its characters together. An index created since
    /// the bigram fields lost their positions matches the bigrams as a conjunction instead (every bigram in the title or
    /// text, scored as the sum of theirs); an older index keeps the phrase. Used only by indexes
    /// created with <see cref="AnalysisOptions.CharacterBigrams"/>; other indexes ignore it. Each
    /// bigram counts toward <see cref="MaximumQueryTerms"/>. 0 to 100; 0 turns it off. Default: 1 (chosen with
    /// <see cref="BigramWeight"/> on the tune half of the judged-v2 queries; see the README).
    /// </summary>
    public float BigramPhraseWeight { get; init; } = 1;

    /// <summary>
    /// Whether the search also looks for the query's translation, English ↔ Chinese, through the learned translation
    /// table of index terms and the curated glossary (see <see cref="GlossaryWeight"/>). Default: <see cref="CrossLingualMode.Off"/> (kept off until it is measured to help monolingual
    /// searches; see the README). Each source term or phrase with translations becomes one synonym group of its target
    /// terms, boosted by their translation probabilities: a simple approximation of a probabilistic structured query.
    /// The source language is told per term by its script (Han or not), so mixed queries translate each part.
    /// <see cref="CrossLingualMode.Only"/> searches just the translation; <see cref="CrossLingualMode.Auto"/> the query
    /// as written OR its translation, the two calibrated and weighted by <see cref="CrossLingualWeight"/>. With a language filter
    /// (<c>lang:zh</c> or <see cref="Languages"/>), an English query in Auto mode thus finds Chinese documents by its
    /// translation. Exclusions (-word) apply to both sides; filters to the whole. Translated terms are highlighted in
    /// snippets, are listed by <see cref="GovSearchIndex.ExplainAsync"/>, and do not count toward
    /// <see cref="MaximumQueryTerms"/> (each source term adds at most five targets).
    /// </summary>
    public CrossLingualMode CrossLingual { get; init; } = CrossLingualMode.Off;

    /// <summary>
    /// In <see cref="CrossLingualMode.Auto"/>, the weight w of the translated side: 0 to 1. Default: 1, the fair-merge
    /// point, where the best document of each side ties (compared with lower weights on the tune half of the
    /// cross-lingual judged queries; see the README). Each side is first scaled by its own best score
    /// among the documents the filters keep, then the side its best document matches less completely (best score over
    /// the score of a document matching every clause) by the ratio of the two, so a hit scores
    /// a · original / max original + w · b · translated / max translated, one of a, b being 1:
    /// raw BM25 scores of the two sides are not comparable (the original matches its words exactly, the translation
    /// through weighted synonyms in documents of another language), and without this calibration the query's own
    /// language fills the first page. Below 1 the query's own language leads;
    /// 0 makes Auto rank as Off does while still matching the translation. The calibration costs two more searches.
    /// </summary>
    public float CrossLingualWeight { get; init; } = 1;

    /// <summary>
    /// With <see cref="CrossLingual"/> on, the share of a source term's translation weight that goes to the curated
    /// glossary (shipped in the package, plus <see cref="GovSearchIndexOptions.GlossaryFiles"/>) when the glossary and
    /// the learned table both translate it: 0 to 1. A term only one of them translates takes that one's targets whole;
    /// 0 leaves the glossary out (the learned table alone), 1 lets a glossary entry replace the learned targets.
    /// Default: 0.8.
    /// </summary>
    public float GlossaryWeight { get; init; } = 0.8f;

    /// <summary>The most terms a query may have after analysis (character bigrams included, when used), each filter counting as one: 1 to 1,000. Default: 512. More is a <see cref="QueryException"/>.</summary>
    public int MaximumQueryTerms { get; init; } = 512;

    /// <summary>How many passages each hit carries, best first: 0 to 3. Default: 3.</summary>
    public int PassagesPerHit { get; init; } = 3;

    /// <summary>The longest snippet, in characters of text (markers not counted): 40 to 2,000. Default: 240.</summary>
    public int SnippetLength { get; init; } = 240;

    /// <summary>The text put before each match in a snippet. Default: "&lt;mark&gt;".</summary>
    public string HighlightStart { get; init; } = "<mark>";

    /// <summary>The text put after each match in a snippet. Default: "&lt;/mark&gt;".</summary>
    public string HighlightEnd { get; init; } = "</mark>";

    /// <summary>Whether snippet text is escaped for HTML (the markers are not). Default: <see langword="true"/>.</summary>
    public bool EscapeHtml { get; init; } = true;

    /// <summary>Whether facet counts are computed. Default: <see langword="true"/>.</summary>
    public bool IncludeFacets { get; init; } = true;

    /// <summary>The most values listed per facet, largest counts first: 1 to 1,000. Default: 20.</summary>
    public int FacetLimit { get; init; } = 20;

    /// <summary>How the query text is read. Default: <see cref="QuerySyntax.Full"/> (the query language);
    /// <see cref="QuerySyntax.Literal"/> searches the text as words, for raw user input.</summary>
    public QuerySyntax Syntax { get; init; } = QuerySyntax.Full;

    /// <summary>Only documents in one of these languages: codes of <see cref="DocumentLanguages.All"/>
    /// (case-insensitive). Default: empty (any language). At most 1,000 values.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Only documents of one of these types, compared as the type: filter does (trimmed, case-insensitive,
    /// whole value). Default: empty (any type). At most 1,000 values, none empty.</summary>
    public IReadOnlyList<string> DocTypes { get; init; } = [];

    /// <summary>Only documents from one of these sources, compared as the source: filter does (trimmed,
    /// case-insensitive, whole value). Default: empty (any source). At most 1,000 values, none empty.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Only documents dated in this year or later: 1 to 9999, at most <see cref="ToYear"/>. Undated documents
    /// never match a year bound. Default: <see langword="null"/> (no lower bound).</summary>
    public int? FromYear { get; init; }

    /// <summary>Only documents dated in this year or earlier: 1 to 9999, at least <see cref="FromYear"/>.
    /// Default: <see langword="null"/> (no upper bound).</summary>
    public int? ToYear { get; init; }

    /// <summary>
    /// Only documents dated on this day or later, at least as far as their date is known: a document dated to the day
    /// matches when the day lies between <see cref="FromDate"/> and <see cref="ToDate"/>; one dated only to a month or
    /// a year matches when the whole month or year lies between them (so a document of 2020 matches
    /// 2020-01-01..2021-06-30, and one of 2021 does not). Undated documents never match a date bound.
    /// At most <see cref="ToDate"/>. Default: <see langword="null"/> (no lower bound).
    /// </summary>
    public DateOnly? FromDate { get; init; }

    /// <summary>Only documents dated on this day or earlier, by the rule of <see cref="FromDate"/>; at least
    /// <see cref="FromDate"/>. Default: <see langword="null"/> (no upper bound).</summary>
    public DateOnly? ToDate { get; init; }

    /// <summary>
    /// Only documents whose dominant topic is one of these topic ids (0 or more), as the topic: filter and
    /// <see cref="SearchFacets.Topics"/> give them. Default: empty (any topic). At most 1,000 values. A search with a
    /// topic here throws <see cref="TopicModelMissingException"/> when the index has no topic model (as
    /// <see cref="SearchMode.Hybrid"/> does), and <see cref="ArgumentException"/> for an id the model does not have;
    /// the topic: filter in the query text gets a warning instead.
    /// </summary>
    public IReadOnlyList<int> Topics { get; init; } = [];

    /// <summary>
    /// Whether everyday phrases in the query (被狗咬, 加班费, 老赖, "cabinet") also search for the legal wording the
    /// governance thesaurus maps them to (饲养动物 损害责任, 延长工作时间 工资报酬, 失信被执行人, 国务院). The user's words are
    /// kept, and words inside a quoted phrase are not expanded; the legal wording is added as optional alternatives weighted by <see cref="LayTermWeight"/>, its terms count
    /// toward <see cref="MaximumQueryTerms"/>, and <see cref="GovSearch.GovSearchIndex.ExplainAsync"/> lists each expansion.
    /// Default: <see langword="true"/> (on the tune half of the judged-v2 queries it lifts lay-language questions from
    /// nDCG@10 0.16 to 0.45 and costs no kind; see the README).
    /// </summary>
    public bool ExpandLayTerms { get; init; } = true;

    /// <summary>With <see cref="ExpandLayTerms"/>, the boost of the added legal wording relative to the user's own words: 0 to 1.
    /// An everyday phrase that no document's text holds (交满十五年) expands at twice this weight, at most 1, since the user's
    /// own words cannot find the law. Default: 0.5.</summary>
    public float LayTermWeight { get; init; } = 0.5f;

    /// <summary>
    /// With <see cref="ExpandLayTerms"/>, when the query holds an everyday phrase of the thesaurus and results are in
    /// relevance order: the top candidates (up to <see cref="LearnedRankerDepth"/>) are re-ordered after adding to each
    /// score this weight times the best candidate's score times the share of the expansion's legal terms (those the
    /// user did not type) that the document's text holds. A law that uses most of the legal wording of 加班费 (延长,
    /// 工作时间, 工资, 报酬) then ranks above one that repeats only the user's everyday words; <see cref="GovSearch.GovSearchIndex.ExplainAsync"/>
    /// adds the bonus to its score and names it in the details. The terms are those the expansion added, verbatim and
    /// soft matches alike; each counts its match's quality times its rarity, and the share is taken in Chinese and in
    /// other terms apart, the larger counting. 0 turns it off; 0 to 1. Default: 0.2.
    /// </summary>
    public float LayTermCoverageWeight { get; init; } = 0.2f;

    /// <summary>
    /// In relevance order (without <see cref="LearnedRanking"/>), for a query with Chinese words, or one whose everyday
    /// words <see cref="ExpandLayTerms"/> turned into Chinese legal wording (red tape → 优化营商环境), that names no place: the
    /// share of its score that a local regulation loses among the top candidates (up to <see cref="LearnedRankerDepth"/>),
    /// so that the national law or regulation on the matter ranks above the provincial and municipal rules that repeat its
    /// wording (a province's 预防和制止家庭暴力条例 says 家庭暴力 more often than the 反家庭暴力法 does). A local regulation
    /// is a document of type <c>regulation</c> whose title opens with a place (a province-level name such as 上海 or
    /// 浙江, two or three characters before 市, an autonomous area or a special economic zone). A query that holds the
    /// place's name (上海 物业管理), or whose whole text the title holds (消费者权益保护法 in a province's 实施《消费者权益保护法》办法),
    /// keeps the document where it was; <see cref="GovSearch.GovSearchIndex.ExplainAsync"/> names the place and the penalty.
    /// 0 turns it off; 0 to 0.9. Default: 0.3 (tune half of the judged-v2 queries: lay questions 0.693 → 0.750, English
    /// paraphrases 0.504 → 0.572, no kind lower; see the benchmarks README).
    /// </summary>
    public float LocalRegulationPenalty { get; init; } = 0.3f;

    /// <summary>
    /// With <see cref="ExpandLayTerms"/>, how closely a query must say an everyday phrase of the thesaurus that it does not
    /// hold verbatim for the phrase's legal wording to be added too: the least share of the phrase's characters and
    /// character pairs, each weighted by its rarity among the thesaurus phrases, that stand near each other in the query,
    /// in order or not, after question words (怎么办, 能不能, 吗 ...) are left out. 喝了两瓶啤酒开车 says 喝了酒开车 this way.
    /// Such a soft match adds the legal wording at <see cref="LayTermWeight"/> times its share, never where a verbatim
    /// phrase already adds the same wording; <see cref="GovSearch.GovSearchIndex.ExplainAsync"/> names the phrase and
    /// the share. Only phrases of three or more Chinese characters match softly, and English phrases of two or more words
    /// (their stems, within a few words of each other in any order: "driving after drinking" says "drink driving"). 0 turns soft matching off; otherwise
    /// 0.5 to 1. Default: 0.65.
    /// </summary>
    public float SoftLayTermMatch { get; init; } = 0.65f;

    /// <summary>With <see cref="SoftLayTermMatch"/>, the most everyday phrases a query matches softly (the closest
    /// ones): 0 to 10; 0 turns soft matching off. Default: 1.</summary>
    public int MaximumSoftLayTerms { get; init; } = 1;

    /// <summary>
    /// The boost of the user's synonyms (<see cref="GovSearchIndexOptions.SynonymFiles"/>) relative to the words they stand
    /// for: 0 to 1; 0 turns the synonyms off for this search. A synonym is searched as one more alternative of the words it
    /// stands for, so a document holding only the synonym matches too; slightly below 1, a document with the words the user
    /// typed ranks above one with only their synonym, other things equal. Default: 0.8.
    /// </summary>
    public float SynonymWeight { get; init; } = 0.8f;

    /// <summary>
    /// For an index with a user dictionary (<see cref="AnalysisOptions.UserWords"/>), the boost of a user word's SmartCn
    /// parts relative to the word: 0 to 1. A query for a user word searches the whole word, which only documents holding
    /// it as a unit have; above 0 it also searches the word cut into its parts, as one more alternative with this boost, so
    /// documents that say the parts apart still match, below those that hold the word. 0 searches the whole word only.
    /// Default: 0.5.
    /// </summary>
    public float UserWordPartsWeight { get; init; } = 0.5f;

    /// <summary>
    /// Only documents citing one of these laws, named by title with or without 中华人民共和国 and 《》 (数据安全法), as
    /// the cites: filter of the query text and <see cref="SearchFacets.Cites"/> name them. Default: empty (any).
    /// At most 1,000 values, none empty.
    /// </summary>
    public IReadOnlyList<string> Cites { get; init; } = [];

    /// <summary>Only the latest version of each law: of documents with the same normalized title, the one with the
    /// latest date (documents with no other version always pass). Default: <see langword="false"/>.</summary>
    public bool CurrentVersionsOnly { get; init; }

    /// <summary>Whether the hits show one version per law: the best-ranked version stands for the others, which
    /// <see cref="SearchHit.OtherVersions"/> counts. <see cref="SearchResults.TotalHits"/> still counts every matching
    /// document. Default: <see langword="false"/>.</summary>
    public bool CollapseVersions { get; init; }

    /// <summary>
    /// The weight w of citation authority in relevance order: each of the top <see cref="RerankDepth"/> candidates
    /// scores score · (1 + w · a), where a = log(1 + documents citing its law) / log(1 + the most any law has), between
    /// 0 and 1. 0 to 10; 0 turns it off. Default: 0 (off: on the judged queries its gain was within noise; see the README).
    /// </summary>
    public float CitationWeight { get; init; }

    /// <summary>
    /// The weight of proximity: every two consecutive words of the query's unquoted positive clauses (across clauses
    /// too) also match, in the text, as a sloppy phrase within <see cref="ProximityWindow"/> positions, and those
    /// phrase scores, times this weight, add up; so documents where the query's words stand close together rank above
    /// documents with the same words scattered (a sequential-dependence bonus). It never makes a document match on its own
    /// words alone. 0 to 100; 0 turns it off. Default: 0 (off: on the tune half of the judged-v2 queries it cost titles and
    /// traditional queries more than it gave lay questions; the word and bigram phrases already reward adjacency; see the README).
    /// </summary>
    public float ProximityWeight { get; init; }

    /// <summary>With <see cref="ProximityWeight"/>, how far apart (in word positions, order free) two consecutive query
    /// words may stand and still score; nearer scores more. 1 to 50. Default: 8.</summary>
    public int ProximityWindow { get; init; } = 8;

    /// <summary>
    /// The bonus for naming a document by its title: a document whose title, normalized as law titles are (without
    /// 中华人民共和国, 《》, spaces or a revision note; traditional converted), equals the query's positive text, or one of
    /// its clauses, or a legal name a <see cref="ExpandLayTerms"/> expansion gives (such as the full name of a law's
    /// abbreviation), gains this much score; so does, again, a document whose title holds every word of the query's
    /// positive clauses. 0 to 100; 0 turns it off. Default: 10 (chosen on the tune half of the judged-v2 queries; see the README).
    /// </summary>
    public float TitleMatchWeight { get; init; } = 10;

    /// <summary>
    /// The bonus for a year named in the query: a document dated in a year that the query's positive text names (a
    /// number from 1800 to 2199 standing alone, as in 信访条例 2022 or 2018年政府工作报告) gains this much score, on top of
    /// what its words earn; documents the query does not otherwise match gain nothing. 0 to 100; 0 turns it off.
    /// Default: 50 (chosen on the tune half of the judged-v2 queries; see the README).
    /// </summary>
    public float YearMatchWeight { get; init; } = 50;

    /// <summary>
    /// The weight of headings: the query's words also match in the document's chapter, section and numbered headings
    /// (第三章 法律责任, Section 2, 一、…), a field of their own, and that BM25 score, times this weight, adds to the
    /// document's. Indexes written before the headings field existed ignore it. 0 to 100; 0 turns it off. Default: 0
    /// (off: within ±0.002 nDCG@10 on the tune half of the judged-v2 queries at 0.5; see the README).
    /// </summary>
    public float HeadingWeight { get; init; }

    /// <summary>
    /// Pseudo-relevance feedback (RM3): how many of the top documents of a first search are read for expansion terms;
    /// 0 turns it off. When on, the search runs twice: the first run's top documents (their titles and the first
    /// 4,000 characters of their texts) give a relevance model, whose <see cref="FeedbackTerms"/> strongest terms are
    /// added as weighted alternatives, and the query is weighted by <see cref="FeedbackWeight"/> against them. Applies
    /// to relevance order only. 0 to 50. Default: 0 (off: on the tune half of the judged-v2 queries 10 documents cost
    /// nDCG@10, and 5 documents at weight 0.8 gained 0.005 with more unjudged documents in the top 10 and a loss on English
    /// paraphrases; see the README).
    /// </summary>
    public int FeedbackDocuments { get; init; }

    /// <summary>With <see cref="FeedbackDocuments"/>, how many expansion terms the relevance model adds: 1 to 100. Default: 10.</summary>
    public int FeedbackTerms { get; init; } = 10;

    /// <summary>With <see cref="FeedbackDocuments"/>, the weight of the original query against the expansion terms
    /// (RM3's λ): 0 to 1. Default: 0.5.</summary>
    public float FeedbackWeight { get; init; } = 0.5f;

    /// <summary>
    /// Whether the top <see cref="LearnedRankerDepth"/> candidates of the relevance order are re-ranked by a learned
    /// LambdaMART model (<see cref="Ranker"/>) from their ranking features: BM25 of the words and of the character
    /// bigrams, title matches, proximity, the best passage, thesaurus matches, topic similarity, type, year and length
    /// (the package's Ranking README lists them). Hits past the depth keep their lexical order and score; each re-ranked
    /// hit's <see cref="SearchHit.Score"/> is the model's score. Applies to relevance order only, after
    /// <see cref="SearchMode.Hybrid"/> and <see cref="CitationWeight"/>. <see cref="GovSearchIndex.ExplainAsync"/> shows
    /// the features and the model's score. Default: <see langword="false"/> (off until it is measured to beat the
    /// hand-tuned ranking on held-out judgments; see the README).
    /// </summary>
    public bool LearnedRanking { get; init; }

    /// <summary>With <see cref="LearnedRanking"/>, how many lexical candidates are re-ranked: 10 to 1,000. Default: 100
    /// (the depth the shipped model was trained on).</summary>
    public int LearnedRankerDepth { get; init; } = 100;

    /// <summary>With <see cref="LearnedRanking"/>, the model: one trained by <see cref="GovSearchIndex.TrainRankerAsync"/>
    /// or read by <see cref="LearnedRanker.Load(string)"/>. Default: <see langword="null"/>, the model shipped in
    /// the package (<see cref="LearnedRanker.Shipped"/>). Not read from or written to JSON.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public LearnedRanker? Ranker { get; init; }

    /// <summary>Checks every setting against its documented range. Every method that takes these options calls it
    /// before it does anything, so calling it yourself only moves the error earlier (for example, to where the options
    /// are read from configuration). Checks only these values, never the state of an index.</summary>
    /// <exception cref="ArgumentException">A setting is out of its range; the message names the setting and the range.</exception>
    public void Validate()
    {
        Check(Offset is >= 0 and <= MaximumOffset, nameof(Offset), Offset, $"between 0 and {MaximumOffset:N0}");
        Check(Limit is >= 1 and <= MaximumLimit, nameof(Limit), Limit, $"between 1 and {MaximumLimit:N0}");
        Check(Enum.IsDefined(Sort), nameof(Sort), Sort, "Relevance, DateDescending or DateAscending");
        Check(Enum.IsDefined(DefaultOperator), nameof(DefaultOperator), DefaultOperator, "And or Or");
        Check(Enum.IsDefined(Mode), nameof(Mode), Mode, "Lexical or Hybrid");
        Check(TopicWeight is >= 0 and <= 1, nameof(TopicWeight), TopicWeight, "between 0 and 1");
        Check(RerankDepth is >= 10 and <= 1000, nameof(RerankDepth), RerankDepth, "between 10 and 1,000");
        Check(TitleBoost is >= 0 and <= 100, nameof(TitleBoost), TitleBoost, "between 0 and 100");
        Check(BigramWeight is >= 0 and <= 100, nameof(BigramWeight), BigramWeight, "between 0 and 100");
        Check(BigramPhraseWeight is >= 0 and <= 100, nameof(BigramPhraseWeight), BigramPhraseWeight, "between 0 and 100");
        Check(LayTermWeight is >= 0 and <= 1, nameof(LayTermWeight), LayTermWeight, "between 0 and 1");
        Check(LayTermCoverageWeight is >= 0 and <= 1, nameof(LayTermCoverageWeight), LayTermCoverageWeight, "between 0 and 1");
        Check(LocalRegulationPenalty is >= 0 and <= 0.9f, nameof(LocalRegulationPenalty), LocalRegulationPenalty, "between 0 and 0.9");
        Check(SoftLayTermMatch is 0 or (>= 0.5f and <= 1), nameof(SoftLayTermMatch), SoftLayTermMatch, "0 (off) or between 0.5 and 1");
        Check(MaximumSoftLayTerms is >= 0 and <= 10, nameof(MaximumSoftLayTerms), MaximumSoftLayTerms, "between 0 and 10");
        Check(SynonymWeight is >= 0 and <= 1, nameof(SynonymWeight), SynonymWeight, "between 0 and 1");
        Check(UserWordPartsWeight is >= 0 and <= 1, nameof(UserWordPartsWeight), UserWordPartsWeight, "between 0 and 1");
        Check(Enum.IsDefined(CrossLingual), nameof(CrossLingual), CrossLingual, "Off, Auto or Only");
        Check(CrossLingualWeight is >= 0 and <= 1, nameof(CrossLingualWeight), CrossLingualWeight, "between 0 and 1");
        Check(GlossaryWeight is >= 0 and <= 1, nameof(GlossaryWeight), GlossaryWeight, "between 0 and 1");
        Check(MaximumQueryTerms is >= 1 and <= 1000, nameof(MaximumQueryTerms), MaximumQueryTerms, "between 1 and 1,000");
        Check(PassagesPerHit is >= 0 and <= 3, nameof(PassagesPerHit), PassagesPerHit, "between 0 and 3");
        Check(SnippetLength is >= 40 and <= 2000, nameof(SnippetLength), SnippetLength, "between 40 and 2,000");
        Check(HighlightStart is not null, nameof(HighlightStart), HighlightStart, "a string (it may be empty)");
        Check(HighlightEnd is not null, nameof(HighlightEnd), HighlightEnd, "a string (it may be empty)");
        Check(FacetLimit is >= 1 and <= 1000, nameof(FacetLimit), FacetLimit, "between 1 and 1,000");
        Check(Enum.IsDefined(Syntax), nameof(Syntax), Syntax, "Full or Literal");
        CheckValues(Languages, nameof(Languages), v => DocumentLanguages.IsKnown(v), "one of " + string.Join(", ", DocumentLanguages.All));
        CheckValues(DocTypes, nameof(DocTypes), v => !string.IsNullOrWhiteSpace(v), "a type that is not empty");
        CheckValues(Sources, nameof(Sources), v => !string.IsNullOrWhiteSpace(v), "a source that is not empty");
        CheckValues(Cites, nameof(Cites), v => !string.IsNullOrWhiteSpace(v), "a law title that is not empty");
        Check(CitationWeight is >= 0 and <= 10, nameof(CitationWeight), CitationWeight, "between 0 and 10");
        Check(LearnedRankerDepth is >= 10 and <= 1000, nameof(LearnedRankerDepth), LearnedRankerDepth, "between 10 and 1,000");
        CheckValues(Topics, nameof(Topics), v => v >= 0, "a topic id, 0 or more");
        Check(FromYear is null or (>= 1 and <= 9999), nameof(FromYear), FromYear, "between 1 and 9,999");
        Check(ToYear is null or (>= 1 and <= 9999), nameof(ToYear), ToYear, "between 1 and 9,999");
        Check(FromYear is null || ToYear is null || FromYear <= ToYear, nameof(FromYear), FromYear, $"at most ToYear ({ToYear})");
        Check(ProximityWeight is >= 0 and <= 100, nameof(ProximityWeight), ProximityWeight, "between 0 and 100");
        Check(ProximityWindow is >= 1 and <= 50, nameof(ProximityWindow), ProximityWindow, "between 1 and 50");
        Check(TitleMatchWeight is >= 0 and <= 100, nameof(TitleMatchWeight), TitleMatchWeight, "between 0 and 100");
        Check(YearMatchWeight is >= 0 and <= 100, nameof(YearMatchWeight), YearMatchWeight, "between 0 and 100");
        Check(HeadingWeight is >= 0 and <= 100, nameof(HeadingWeight), HeadingWeight, "between 0 and 100");
        Check(FeedbackDocuments is >= 0 and <= 50, nameof(FeedbackDocuments), FeedbackDocuments, "between 0 and 50");
        Check(FeedbackTerms is >= 1 and <= 100, nameof(FeedbackTerms), FeedbackTerms, "between 1 and 100");
        Check(FeedbackWeight is >= 0 and <= 1, nameof(FeedbackWeight), FeedbackWeight, "between 0 and 1");
        Check(FromDate is null || ToDate is null || FromDate <= ToDate, nameof(FromDate), FromDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            $"at most ToDate ({ToDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})");
    }

    /// <summary>Checks a filter list: not null, at most <see cref="MaximumFilterValues"/> values, each allowed.</summary>
    private static void CheckValues<T>(IReadOnlyList<T>? values, string name, Func<T, bool> allowed, string each)
    {
        Check(values is not null, name, null, "a list (it may be empty)");
        Check(values!.Count <= MaximumFilterValues, name, $"a list of {values.Count:N0} values", $"at most {MaximumFilterValues:N0} values");
        foreach (var value in values)
        {
            if (value is null || !allowed(value))
            {
                var shown = value is null ? "null" : $"'{value}'";
                throw new ArgumentException($"SearchOptions.{name} holds {shown}; each value must be {each}.", name);
            }
        }
    }

    private static void Check(bool ok, string name, object? value, string allowed)
    {
        if (!ok)
        {
            throw new ArgumentException($"SearchOptions.{name} is {value ?? "null"}; it must be {allowed}.", name);
        }
    }
}
