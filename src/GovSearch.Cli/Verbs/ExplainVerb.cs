using System.CommandLine;
using System.Globalization;
using GovSearch.Querying;

namespace GovSearch.Cli.Verbs;

/// <summary><c>govsearch explain &lt;id&gt; "&lt;query&gt;"</c>: how one document scores for a query.</summary>
internal static class ExplainVerb
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The document's id." };
        var query = new Argument<string>("query") { Description = "The query." };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var crossLingual = CrossLingualOption.Create();
        var translation = new TranslationSourceOptions();
        var filters = new SearchFilterOptions();
        var expand = CommonOptions.ExpandLayTerms();
        var learned = new Option<bool>("--learned-ranking") { Description = "Also show the learned ranker's features and score for the document, and its rank among the candidates before and after re-ranking." };
        var ranker = new Option<string?>("--ranker") { Description = "With --learned-ranking, a learned-ranker file (train-ranker --out). Default: the model shipped with the tool." };
        var command = new Command("explain", "Explain a document's score for a query, read and filtered as search does.") { id, query, index, json, expand, crossLingual, learned, ranker };
        filters.AddTo(command);
        translation.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var opened = await translation.OpenAsync(parse, parse.GetValue(index), cancellationToken).ConfigureAwait(false);
            var explanation = await opened.ExplainAsync(parse.GetValue(id)!, parse.GetValue(query)!, translation.Apply(parse, filters.Apply(parse, SearchOptions.Default with
                {
                    ExpandLayTerms = CommonOptions.ExpandLayTermsValue(parse, expand),
                    CrossLingual = CrossLingualOption.Parse(parse.GetValue(crossLingual)) ?? CrossLingualMode.Off,
                    LearnedRanking = parse.GetValue(learned),
                    Ranker = parse.GetValue(ranker) is { } file ? LearnedRanker.Load(file) : null,
                })), cancellationToken).ConfigureAwait(false)
                ?? throw UserMessages.NoDocument(parse.GetValue(id)!);
            if (parse.GetValue(json))
            {
                Json.Write(console.Out, explanation);
            }
            else
            {
                foreach (var expansion in explanation.Expansions)
                {
                    console.Out.WriteLine($"expanded: {expansion}");
                }

                foreach (var synonym in explanation.Synonyms)
                {
                    console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"synonym: {synonym.Words} -> {synonym.Synonym} (weight {synonym.Weight:0.###}, {synonym.File}:{synonym.Line})"));
                }

                foreach (var source in explanation.Translations.GroupBy(t => t.Source))
                {
                    var targets = string.Join(", ", source.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Target} {t.Weight:0.###}")));
                    console.Out.WriteLine($"translation: {source.Key} -> {targets}");
                }

                console.Out.WriteLine(explanation.Matches ? $"{explanation.Id} matches with score {explanation.Score:F4}:" : $"{explanation.Id} does not match:");
                console.Out.Write(explanation.Details);
                if (explanation.Ranker is { } learnedView)
                {
                    var ranks = learnedView.LexicalRank is { } lexical
                        ? $"lexical rank {lexical}, learned rank {learnedView.LearnedRank}"
                        : "not among the re-ranked candidates (scored as if it were the last)";
                    console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"learned ranker score {learnedView.Score:F4} ({ranks}); features:"));
                    foreach (var feature in learnedView.Features)
                    {
                        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {feature.Name,-18} {feature.Value:0.####}"));
                    }
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
