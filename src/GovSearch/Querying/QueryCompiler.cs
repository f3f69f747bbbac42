using System.Globalization;
using GovSearch.Schema;
using GovSearch.Thesaurus;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GovSearch.Querying;

/// <summary>
/// Turns a <see cref="ParsedQuery"/> into a Lucene query, analyzing each clause with the index's query analyzer.
/// </summary>
/// <remarks>
/// A term matches in the title (boosted) or the text, and the two BM25 scores add up. A word that analyzes to several
/// terms (a run of Chinese) needs all of them under <see cref="QueryOperator.And"/>, and gains a sloppy phrase bonus
/// when they stand together; so does the whole query when its words stand within a few positions of each other. A quoted phrase matches its terms in order, in the title or the text. Filters narrow the
/// matches without changing scores; the typed filters of <see cref="SearchOptions"/> are AND-ed with those of the text.
/// When the index has character bigrams and the options weigh them, each clause also gets its <see cref="BigramClause"/>.
/// When <see cref="SearchOptions.CrossLingual"/> is on, <see cref="CrossLingualQuery"/> adds or substitutes the translation.
/// </remarks>
/// <param name="queryAnalyzer">The index's query-mode word analyzer.</param>
/// <param name="bigramAnalyzer">The index's bigram analyzer, or <see langword="null"/> when the index has no bigram fields.</param>
/// <param name="translator">
/// Builds the index's translation tables from this compiler's analysis, on the first cross-lingual query (or when
/// <see cref="Translator"/> is first read); <see langword="null"/> uses the shipped tables alone.
/// </param>
internal sealed partial class QueryCompiler(Analyzer queryAnalyzer, Analyzer? bigramAnalyzer = null, Func<QueryCompiler, CrossLingual.Translator>? translator = null)
{
    private Lazy<CrossLingual.Translator>? _translator;

    /// <summary>The index's translation tables: built once, on first use.</summary>
    public CrossLingual.Translator Translator
    {
        get
        {
            var lazy = LazyInitializer.EnsureInitialized(ref _translator, () => new Lazy<CrossLingual.Translator>(() =>
                translator is null ? CrossLingual.Translator.Build(Analyze, AnalysisOptions.Default, [], []) : translator(this)));
            return lazy.Value;
        }
    }

    /// <summary>
    /// The structural and modal particles of spoken Chinese (的 了 吗 呢 吧 啊 呀). Standing alone as a single character,
    /// each is a word of its own, never part of a legal term, so it breaks a run of single characters into units.
    /// </summary>
    private const string SpokenParticles = "的了吗呢吧啊呀";

    /// <summary>The slop of the bonus phrase that rewards a word's terms standing together.</summary>
    private const int ProximitySlop = 1;

    /// <summary>The slop of the bonus phrase over all the words of a query, rewarding documents where they stand close.</summary>
    private const int QuerySlop = 3;

    /// <param name="parsed">The parsed query.</param>
    /// <param name="options">The search options.</param>
    /// <param name="reader">The snapshot the query will run on: used to see which joined Chinese words are terms of the index.</param>
    /// <param name="searcher">The searcher of that snapshot, whose cached term contexts cross-lingual Auto reuses, or
    /// <see langword="null"/>.</param>
    public CompiledQuery Compile(ParsedQuery parsed, SearchOptions options, IndexReader reader, IndexSearcher? searcher = null)
    {
        var proximity = new List<string>();
        var highlight = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var termCount = 0;
        var main = new BooleanQuery(disableCoord: true);
        var positive = 0;
        var sequence = new List<List<(string Term, int Position)>>();
        var texts = new List<string>();
        var own = new List<string>();
        var synonyms = Synonyms;
        var usedSynonyms = new List<(QuerySynonym Synonym, string[] Terms)>();

        // Each filter is a clause of the filter query: counting them keeps it under Lucene's 1,024-clause limit,
        // whose TooManyClausesException would otherwise escape for a query of more than 1,024 filters.
        foreach (var filter in parsed.Filters)
        {
            if (++termCount > options.MaximumQueryTerms)
            {
                throw new QueryException(parsed.Text, filter.Position, filter.Length,
                    $"The query has more than {options.MaximumQueryTerms:N0} terms and filters (SearchOptions.MaximumQueryTerms); shorten it");
            }
        }

        foreach (var group in parsed.Groups)
        {
            var alternatives = new List<Query>();
            foreach (var clause in group)
            {
                var terms = Analyze(clause.Text);
                var bigrams = BigramClause.From(bigramAnalyzer, clause, terms, options);
                termCount += terms.Count + (bigrams?.TermCount ?? 0);
                if (termCount > options.MaximumQueryTerms)
                {
                    throw new QueryException(parsed.Text, clause.Position, clause.Length,
                        $"The query has more than {options.MaximumQueryTerms:N0} terms (SearchOptions.MaximumQueryTerms); shorten it");
                }

                var query = ClauseQuery(clause, terms, options, reader);
                if (query is null)
                {
                    continue;
                }

                query = bigrams?.Combine(query, clause, options) ?? query;

                if (clause.Negated)
                {
                    main.Add(query, Occur.MUST_NOT);
                    continue;
                }

                alternatives.Add(query);
                texts.Add(clause.Text);
                own.AddRange(terms.Select(t => t.Term));
                AddSynonyms(synonyms, clause, options, reader, alternatives, highlight, seen, ref termCount, usedSynonyms);
                AddUserWordParts(clause, options, reader, alternatives, ref termCount);
                if (group.Count == 1)
                {
                    proximity.AddRange(terms.Select(t => t.Term));
                    if (!clause.IsPhrase)
                    {
                        sequence.Add(terms);
                    }
                }

                foreach (var (term, _) in terms)
                {
                    if (seen.Add(term))
                    {
                        highlight.Add(term);
                    }
                }
            }

            if (alternatives.Count > 0)
            {
                main.Add(Either(alternatives), options.DefaultOperator == QueryOperator.And ? Occur.MUST : Occur.SHOULD);
                positive++;
            }
        }

        if (positive > 0)
        {
            RankingClauses.AddTo(main, sequence, texts, own.Distinct(StringComparer.Ordinal).ToList(), options, reader);
        }

        var wording = new LayWording();
        var expansions = options.ExpandLayTerms ? ExpandLayTerms(parsed, options, reader, main, highlight, seen, ref termCount, wording) : [];
        AddSpanningSynonyms(synonyms, parsed, options, reader, main, highlight, seen, ref termCount, usedSynonyms);
        if (positive > 1 && proximity.Count > 1)
        {
            main.Add(InTitleOrText(field => Phrase(field, proximity.Select((t, i) => (t, i)).ToList(), QuerySlop), options.TitleBoost), Occur.SHOULD);
        }

        if (positive == 0 && (main.Clauses.Count > 0 || parsed.Filters.Count > 0))
        {
            main.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        if (positive > 0)
        {
            main = RankingClauses.WithYearBonus(main, texts, options);
        }

        var translations = new List<QueryTranslation>();
        var translated = options.CrossLingual == CrossLingualMode.Off ? null : CrossLingualQuery.Build(parsed, Analyze, Translator, options, translations);
        highlight.AddRange(translations.SelectMany(t => t.Target.Split(' ')).Where(seen.Add));
        var typed = TypedFilters.Of(options);
        var filters = parsed.Filters.Count > 0 || typed.Count > 0 ? Both(parsed.Filters, typed) : null;
        var result = CrossLingualQuery.Combine(main, translated, positive > 0, options, reader, filters, searcher);
        if (filters is not null)
        {
            result = new FilteredQuery(result, new QueryWrapperFilter(filters));
        }

        if (options.CurrentVersionsOnly)
        {
            result = new FilteredQuery(result, new CurrentVersionFilter());
        }

        return new CompiledQuery(parsed, result, highlight, expansions)
        {
            Translations = translations, Synonyms = usedSynonyms, LayTerms = wording.TermsExcept(new HashSet<string>(own, StringComparer.Ordinal)),
        };
    }

    /// <summary>
    /// Adds the legal wording of each everyday phrase of the positive clauses as weighted SHOULD alternatives. The
    /// user's own words stay as they are; a quoted phrase asks for its exact words, so it is not expanded. An alternative whose terms would pass <see cref="SearchOptions.MaximumQueryTerms"/>
    /// is left out, and the description says so.
    /// </summary>
    private List<string> ExpandLayTerms(ParsedQuery parsed, SearchOptions options, IndexReader reader, BooleanQuery main,
        List<string> highlight, HashSet<string> seen, ref int termCount, LayWording wording)
    {
        var text = string.Join(' ', parsed.Groups.SelectMany(g => g).Where(c => !c.Negated && !c.IsPhrase).Select(c => c.Text));
        var described = new List<string>();
        var exact = GovernanceThesaurus.Shared.FindAll(text);
        foreach (var match in exact)
        {
            var phrase = text.Substring(match.Start, match.Length);
            if (NamesLawInTitles(phrase, reader))
            {
                described.Add($"{phrase}: not expanded, it names a law found in titles of the index");
                continue;
            }

            var weight = match.Entry.Domain == GovernanceThesaurus.LawNamesDomain ? 1 : options.LayTermWeight;
            if (weight < 1 && !OccursInText(phrase, reader))
            {
                // No text holds the everyday phrase, so the user's own words cannot find the law: its wording counts double.
                weight = Math.Min(1, 2 * weight);
            }
            var outcome = AddLegalWording(match.Entry.Legal, weight, 1, wording, options, reader, main, highlight, seen, ref termCount);
            described.Add(Describe($"{phrase} → ", outcome, weight.ToString(CultureInfo.InvariantCulture), match.Entry.Domain));
        }

        ExpandSoftLayTerms(text, exact, options, reader, main, highlight, seen, ref termCount, wording, described);
        return described;
    }

    /// <summary>
    /// Whether the phrase is a law's name (it ends in 法 or 条例) that stands in some document's title, as 婚姻法 does in
    /// 最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释: the user named documents the index has, so the phrase
    /// keeps its own meaning and is not expanded to the wording that replaced it.
    /// </summary>
    private bool NamesLawInTitles(string phrase, IndexReader reader)
    {
        if (!phrase.EndsWith('法') && !phrase.EndsWith("条例", StringComparison.Ordinal))
        {
            return false;
        }

        if (RankingClauses.NamesTitle(phrase, reader))
        {
            return true;
        }

        var terms = Analyze(phrase);
        if (terms.Count == 0)
        {
            return false;
        }

        Query inTitle = terms.Count == 1 ? new TermQuery(new Term(FieldNames.Title, terms[0].Term)) : Phrase(FieldNames.Title, terms, 0);
        return new IndexSearcher(reader).Search(inTitle, 1).TotalHits > 0;
    }

    /// <summary>The everyday phrases whose occurrence in some text a snapshot has answered (each query asks for each of its phrases).</summary>
    private static readonly PerSnapshot<string, bool> PhrasesInText = new(8192, StringComparer.Ordinal);

    /// <summary>Whether some document's text holds the phrase's terms in sequence (one term: holds the term); answered once per snapshot and phrase.</summary>
    private bool OccursInText(string phrase, IndexReader reader) =>
        PhrasesInText.Get(reader, phrase, (r, p) => SearchText(p, r));

    private bool SearchText(string phrase, IndexReader reader)
    {
        var terms = Analyze(phrase);
        if (terms.Count == 0)
        {
            return false;
        }

        Query inText = terms.Count == 1 ? new TermQuery(new Term(FieldNames.Text, terms[0].Term)) : Phrase(FieldNames.Text, terms, 0);
        return new IndexSearcher(reader).Search(inText, 1).TotalHits > 0;
    }

    /// <summary>Analyzes text with the query analyzer: each term with its position.</summary>
    public List<(string Term, int Position)> Analyze(string text) => Analysis.AnalyzedTerms.Of(queryAnalyzer, FieldNames.Text, text);

    private static Query? ClauseQuery(QueryClause clause, List<(string Term, int Position)> terms, SearchOptions options, IndexReader reader)
    {
        if (terms.Count == 0)
        {
            return null;
        }

        if (terms.Count == 1)
        {
            return InTitleOrText(field => new TermQuery(new Term(field, terms[0].Term)), options.TitleBoost);
        }

        if (clause.IsPhrase)
        {
            return InTitleOrText(field => Phrase(field, terms, 0), options.TitleBoost);
        }

        var all = new BooleanQuery(disableCoord: true);
        var occur = options.DefaultOperator == QueryOperator.And ? Occur.MUST : Occur.SHOULD;
        foreach (var unit in Units(terms))
        {
            all.Add(UnitQuery(unit, options, reader), occur);
        }

        all.Add(InTitleOrText(field => Phrase(field, terms, ProximitySlop), options.TitleBoost), Occur.SHOULD);
        return all;
    }

    /// <summary>
    /// Groups a word's terms into units: each term alone, except that consecutive single Han characters form one unit.
    /// SmartCn splits a short word such as 税收 into 税|收 when it stands alone, yet keeps it whole inside 加强税收;
    /// treating the characters as one unit keeps a query for them from matching documents that hold them apart.
    /// A spoken particle (<see cref="SpokenParticles"/>) ends a run and stands alone: in an everyday question such as
    /// 带薪的假 the run 带|薪|的|假 is several words, and 带薪 must not need the particle beside it to match.
    /// </summary>
    private static IEnumerable<List<(string Term, int Position)>> Units(List<(string Term, int Position)> terms)
    {
        var unit = new List<(string Term, int Position)>();
        foreach (var term in terms.DistinctBy(t => (t.Term, t.Position)))
        {
            var single = IsSingleHan(term.Term);
            if (unit.Count > 0 && !(single && IsSingleHan(unit[^1].Term) && term.Position == unit[^1].Position + 1))
            {
                yield return unit;
                unit = [];
            }

            unit.Add(term);
        }

        if (unit.Count > 0)
        {
            yield return unit;
        }

        static bool IsSingleHan(string term) => term.Length == 1 && Analysis.CharClass.IsHan(term[0]) && !SpokenParticles.Contains(term[0]);
    }

    /// <summary>One term; or, for a run of single characters, their exact sequence, or the joined word where the index holds it whole.</summary>
    private static Query UnitQuery(List<(string Term, int Position)> unit, SearchOptions options, IndexReader reader)
    {
        if (unit.Count == 1)
        {
            return InTitleOrText(field => new TermQuery(new Term(field, unit[0].Term)), options.TitleBoost);
        }

        var joined = string.Concat(unit.Select(u => u.Term));
        var sequence = InTitleOrText(field => Phrase(field, unit, 0), options.TitleBoost);
        if (DocFrequencies.Of(reader, new Term(FieldNames.Text, joined)) == 0 && DocFrequencies.Of(reader, new Term(FieldNames.Title, joined)) == 0)
        {
            return sequence;
        }

        return Either([InTitleOrText(field => new TermQuery(new Term(field, joined)), options.TitleBoost), sequence]);
    }

    private static PhraseQuery Phrase(string field, List<(string Term, int Position)> terms, int slop)
    {
        var phrase = new PhraseQuery { Slop = slop };
        foreach (var (term, position) in terms)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }

    private static Query InTitleOrText(Func<string, Query> make, float titleBoost)
    {
        var text = make(FieldNames.Text);
        if (titleBoost <= 0)
        {
            return text;
        }

        var title = make(FieldNames.Title);
        title.Boost = titleBoost;
        return new BooleanQuery(disableCoord: true) { { title, Occur.SHOULD }, { text, Occur.SHOULD } };
    }

    private static Query Either(List<Query> alternatives)
    {
        if (alternatives.Count == 1)
        {
            return alternatives[0];
        }

        var either = new BooleanQuery(disableCoord: true);
        foreach (var alternative in alternatives)
        {
            either.Add(alternative, Occur.SHOULD);
        }

        return either;
    }

    /// <summary>The query text's filters AND the typed filters of the options: each set keeps its own OR within a field.</summary>
    private static Query Both(IReadOnlyList<QueryFilter> text, IReadOnlyList<QueryFilter> typed)
    {
        if (text.Count == 0 || typed.Count == 0)
        {
            return FilterQuery(text.Count > 0 ? text : typed);
        }

        return new BooleanQuery(disableCoord: true) { { FilterQuery(text), Occur.MUST }, { FilterQuery(typed), Occur.MUST } };
    }

    /// <summary>Filters as one query: OR within a field, AND across fields (also for the analytics methods).</summary>
    internal static Query FilterQuery(IReadOnlyList<QueryFilter> filters)
    {
        var all = new BooleanQuery(disableCoord: true);
        var positive = false;
        foreach (var field in filters.GroupBy(f => f.Field))
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var filter in field)
            {
                if (filter.Negated)
                {
                    all.Add(FilterTerm(filter), Occur.MUST_NOT);
                }
                else
                {
                    any.Add(FilterTerm(filter), Occur.SHOULD);
                }
            }

            if (any.Clauses.Count > 0)
            {
                all.Add(any, Occur.MUST);
                positive = true;
            }
        }

        if (!positive)
        {
            all.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return all;
    }

    private static Query FilterTerm(QueryFilter filter) => filter.Field switch
    {
        "year" => NumericRangeQuery.NewInt32Range(FieldNames.Year, filter.From, filter.To, true, true),
        "lang" => new TermQuery(new Term(FieldNames.Language, DocumentMapper.KeywordTerm(filter.Value!))),
        "type" => new TermQuery(new Term(FieldNames.DocType, DocumentMapper.KeywordTerm(filter.Value!))),
        "source" => new TermQuery(new Term(FieldNames.Source, DocumentMapper.KeywordTerm(filter.Value!))),
        "cites" => new TermQuery(new Term(FieldNames.Cites, Citations.LawTitles.Key(filter.Value!))),
        "topic" => new ConstantScoreQuery(FieldCacheRangeFilter.NewInt32Range(
            FieldNames.DominantTopic, int.Parse(filter.Value!, CultureInfo.InvariantCulture), int.Parse(filter.Value!, CultureInfo.InvariantCulture), true, true)),
        TypedFilters.DateField => new ConstantScoreQuery(new DateRangeFilter(filter.From!.Value, filter.To!.Value)),
        _ => throw new InvalidOperationException($"Unknown filter field '{filter.Field}'."),
    };
}
