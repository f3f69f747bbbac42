using System.CommandLine;
using System.Globalization;
using GovSearch.Querying;
using Spectre.Console;

namespace GovSearch.Cli.Verbs;

/// <summary><c>govsearch search "&lt;query&gt;"</c>: ranked documents with their best passage, then facet counts.</summary>
internal static class SearchVerb
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string>("query") { Description = "The query: words, \"phrases\", -exclusions, OR, lang: type: source: year: topic: cites: filters (with --literal: just words)." };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var limit = new Option<int>("--limit", "-n") { Description = "How many hits to show (1-1000).", DefaultValueFactory = _ => 10 };
        var offset = new Option<int>("--offset") { Description = "How many hits to skip.", DefaultValueFactory = _ => 0 };
        var sort = new Option<string>("--sort") { Description = "relevance, date or date-desc (newest first), or date-asc (oldest first); undated documents last.", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "date", "date-desc", "date-asc");
        var strict = new Option<bool>("--strict") { Description = "Fail on malformed query syntax instead of reading it as text." };
        var all = new Option<bool>("--all") { Description = "Require every word (by default any word may match, and more matches rank higher)." };
        var mode = new Option<string>("--mode") { Description = "lexical (BM25) or hybrid (BM25 re-ranked by topic similarity; needs a topic model).", DefaultValueFactory = _ => "lexical" };
        mode.AcceptOnlyFromAmong("lexical", "hybrid");
        var expand = CommonOptions.ExpandLayTerms();
        var crossLingual = CrossLingualOption.Create();
        var collapse = new Option<bool>("--collapse") { Description = "Show one version per law (the best-ranked), with the number of other versions." };
        var translation = new TranslationSourceOptions();

        var filters = new SearchFilterOptions();
        var command = new Command("search", "Search the index.") { query, index, json, limit, offset, sort, strict, all, mode, expand, crossLingual, collapse };
        filters.AddTo(command);
        translation.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var asJson = parse.GetValue(json);
            var options = translation.Apply(parse, filters.Apply(parse, new SearchOptions
            {
                Limit = parse.GetValue(limit),
                Offset = parse.GetValue(offset),
                Sort = parse.GetValue(sort) switch
                {
                    "date" or "date-desc" => SearchSort.DateDescending,
                    "date-asc" => SearchSort.DateAscending,
                    _ => SearchSort.Relevance,
                },
                Strict = parse.GetValue(strict),
                DefaultOperator = parse.GetValue(all) ? QueryOperator.And : QueryOperator.Or,
                Mode = parse.GetValue(mode) == "hybrid" ? SearchMode.Hybrid : SearchMode.Lexical,
                ExpandLayTerms = CommonOptions.ExpandLayTermsValue(parse, expand),
                CollapseVersions = parse.GetValue(collapse),
                CrossLingual = CrossLingualOption.Parse(parse.GetValue(crossLingual)) ?? CrossLingualMode.Off,
                PassagesPerHit = asJson ? 3 : 1,
                EscapeHtml = asJson,
                HighlightStart = asJson ? "<mark>" : Highlight.Start,
                HighlightEnd = asJson ? "</mark>" : Highlight.End,
            }));
            using var opened = await translation.OpenAsync(parse, parse.GetValue(index), cancellationToken).ConfigureAwait(false);
            if (options.Mode == SearchMode.Hybrid)
            {
                CommonOptions.RequireTopics(opened);
            }

            var results = await opened.SearchAsync(parse.GetValue(query)!, options, cancellationToken).ConfigureAwait(false);
            if (asJson)
            {
                Json.Write(console.Out, results);
                return ExitCodes.Success;
            }

            Print(console, results);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(CliConsole console, SearchResults results)
    {
        foreach (var warning in results.Warnings)
        {
            console.Error.WriteLine($"govsearch: note: {warning}");
        }

        var lines = Lines(results);
        if (!console.OutIsTerminal)
        {
            // Piped output is plain text for other programs: written directly, which also spares a fresh process the
            // markup engine's start-up.
            foreach (var line in lines)
            {
                console.Out.WriteLine(PlainText(line));
            }

            return;
        }

        if (!OperatingSystem.IsWindows())
        {
            // A Unix terminal takes the styles as escapes, written directly for the same reason.
            var color = TerminalText.ColorAllowed();
            foreach (var line in lines)
            {
                console.Out.WriteLine(TerminalText.Of(line, color));
            }

            return;
        }

        // Windows: the markup engine, which also turns on the console's escape processing.
        var ansi = console.Ansi(console.Out, terminal: true);
        foreach (var line in lines)
        {
            ansi.MarkupLine(Markup(line));
        }
    }

    /// <summary>The lines <c>search</c> prints, each a run of pieces with an optional Spectre style.</summary>
    internal static List<OutputPiece[]> Lines(SearchResults results)
    {
        var lines = new List<OutputPiece[]>();
        if (results.TotalHits == 0)
        {
            lines.Add([new($"No documents match \"{results.Query}\".")]);
            lines.Add([new(NoResultsHint)]);
            return lines;
        }

        var first = results.Hits.Count == 0 ? 0 : results.Hits[0].Rank;
        var last = results.Hits.Count == 0 ? 0 : results.Hits[^1].Rank;
        var verb = results.TotalHits == 1 ? "matches" : "match";
        var showing = results.Hits.Count == 0 ? "none at this --offset" : $"showing {first}-{last}";
        lines.Add([new($"{Plural.Of(results.TotalHits, "document")} {verb} \"{results.Query}\"; {showing}.")]);
        foreach (var hit in results.Hits)
        {
            var facts = string.Join(" · ", new[] { hit.Date?.ToString(), hit.Source, hit.DocType, hit.Language, hit.Topics.Count > 0 ? "topic " + hit.Topics[0].Label : null, hit.OtherVersions > 0 ? Plural.Of(hit.OtherVersions, "other version") : null }
                .Where(f => !string.IsNullOrEmpty(f)));
            lines.Add([]);
            lines.Add([new($"{hit.Rank,3}. {hit.Title}", "bold"), new("  "), new($"{facts} · score {hit.Score.ToString("F2", CultureInfo.InvariantCulture)} · {hit.Id}", "dim")]);
            if (hit.Synonyms.Count > 0)
            {
                lines.Add([new("     "), new("synonyms: " + string.Join(", ", hit.Synonyms.Select(s => $"{s.Words} → {s.Synonym}")), "dim")]);
            }

            foreach (var passage in hit.Passages)
            {
                var where = passage.Heading.Length > 0 ? $"{passage.Heading} (passage {passage.Number})" : $"passage {passage.Number}";
                lines.Add([new("     "), new(where, "dim")]);
                lines.Add([new("     "), .. Highlight.Pieces(passage.Snippet)]);
            }
        }

        lines.Add([]);
        AddFacet(lines, "languages", results.Facets.Languages);
        AddFacet(lines, "types", results.Facets.DocTypes);
        AddFacet(lines, "years", results.Facets.Years);
        AddFacet(lines, "sources", results.Facets.Sources);
        AddFacet(lines, "topics", results.Facets.Topics);
        AddFacet(lines, "cites", results.Facets.Cites);
        return lines;
    }

    /// <summary>A line as plain text: its pieces, unstyled.</summary>
    internal static string PlainText(OutputPiece[] line) => string.Concat(line.Select(p => p.Text));

    /// <summary>A line as Spectre markup: each styled piece in its style, every piece escaped.</summary>
    internal static string Markup(OutputPiece[] line) =>
        string.Concat(line.Select(p => p.Style is null ? Spectre.Console.Markup.Escape(p.Text) : $"[{p.Style}]{Spectre.Console.Markup.Escape(p.Text)}[/]"));

    /// <summary>What to try when nothing matches.</summary>
    internal const string NoResultsHint =
        "Try fewer words, drop --all (any word may then match), join alternatives with OR, remove lang:/type:/source:/year: filters, " +
        "or check the spelling; Chinese and English documents are searched in their own words, so try the query in the other language too.";

    private static void AddFacet(List<OutputPiece[]> lines, string name, IReadOnlyList<FacetValue> values)
    {
        if (values.Count > 0)
        {
            var list = string.Join(", ", values.Take(10).Select(v => $"{v.Value} {v.Count.ToString(CultureInfo.InvariantCulture)}"));
            lines.Add([new($"{name,-10}", "dim"), new(list)]);
        }
    }
}
