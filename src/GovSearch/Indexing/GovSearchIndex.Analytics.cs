using GovSearch.Analytics;

namespace GovSearch;

/// <summary>The analytics verbs of the index: how phrases are used over time, in context, and which wording is new.</summary>
public sealed partial class GovSearchIndex
{
    /// <summary>
    /// Counts how often each phrase is used in the documents' texts, in all and per year, source or type, with occurrences
    /// per million characters of each group's text and the first and last document that uses it. Counts come from the
    /// index's positions and offsets, not from the stored texts. A phrase of Han characters only is found character for
    /// character (traditional folded to simplified, whatever the segmentation); any other phrase as the index's words in
    /// order (see <see cref="PhraseMatching"/>). Titles are not counted.
    /// </summary>
    /// <param name="phrases">1 to <see cref="UsageOptions.MaximumPhrases"/> phrases, each at most <see cref="UsageOptions.MaximumPhraseLength"/> characters.</param>
    /// <param name="options">Grouping and filter. Default: <see cref="UsageOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <exception cref="ArgumentException">No phrase or too many, an empty, too long or wordless phrase, or an option out of range.</exception>
    public Task<UsageReport> GetUsageAsync(IReadOnlyList<string> phrases, UsageOptions? options = null, CancellationToken cancellationToken = default) =>
        Run(() =>
        {
            ArgumentNullException.ThrowIfNull(phrases);
            options ??= UsageOptions.Default;
            options.Validate();
            if (phrases.Count is 0 or > UsageOptions.MaximumPhrases)
            {
                throw new ArgumentException($"{phrases.Count} phrases were given; give between 1 and {UsageOptions.MaximumPhrases}.", nameof(phrases));
            }

            var specs = phrases.Select(ReadPhrase).ToList();
            return WithSearcher(searcher =>
            {
                var scope = AnalyticsScope.Of(searcher.IndexReader, options.Filter);
                var groups = UsageGroups.Of(scope, options.By);
                var usages = specs.Select(spec => UsageCounter.Count(scope, groups, spec, PhraseFinder.Find(scope, spec, cancellationToken))).ToList();
                return new UsageReport(options.By, usages);
            });
        }, cancellationToken);

    /// <summary>
    /// Lists a phrase's occurrences in context (keyword in context): document, date, passage heading and the text on
    /// each side, oldest document first (undated last), found as <see cref="GetUsageAsync"/> finds them.
    /// </summary>
    /// <param name="phrase">The phrase, at most <see cref="UsageOptions.MaximumPhraseLength"/> characters.</param>
    /// <param name="options">Context width, line limit and filter. Default: <see cref="ConcordanceOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <exception cref="ArgumentException">An empty, too long or wordless phrase, or an option out of range.</exception>
    public Task<Concordance> GetConcordanceAsync(string phrase, ConcordanceOptions? options = null, CancellationToken cancellationToken = default) =>
        Run(() =>
        {
            options ??= ConcordanceOptions.Default;
            options.Validate();
            var spec = ReadPhrase(phrase);
            return WithSearcher(searcher =>
            {
                var scope = AnalyticsScope.Of(searcher.IndexReader, options.Filter);
                return ConcordanceBuilder.Build(scope, spec, PhraseFinder.Find(scope, spec, cancellationToken), options, cancellationToken);
            });
        }, cancellationToken);

    /// <summary>
    /// Lists the words and phrases whose use rose most in one year against all earlier years, ranked by Dunning's
    /// log-likelihood (G²), with each one's counts; numbers, single characters and function words are left out.
    /// Read from the index's postings.
    /// </summary>
    /// <param name="options">The year, limits and filter.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public Task<EmergingTerms> GetEmergingTermsAsync(EmergingTermsOptions options, CancellationToken cancellationToken = default) =>
        Run(() =>
        {
            ArgumentNullException.ThrowIfNull(options);
            options.Validate();
            return WithSearcher(searcher =>
                EmergingTermFinder.Find(AnalyticsScope.Of(searcher.IndexReader, options.Filter), options, _topicTokenizer.Value, cancellationToken));
        }, cancellationToken);

    private PhraseSpec ReadPhrase(string phrase) => PhraseSpec.Read(phrase, Analysis.ConvertTraditional, _compiler.Analyze);
}
