using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GovSearch.Querying;

namespace GovSearch.Cli.Verbs;

/// <summary><c>govsearch batch --queries FILE</c>: runs one query per line (<c>qid&lt;TAB&gt;query</c>) and prints a TREC run or JSON lines.</summary>
internal static class BatchVerb
{
    public static Command Create(CliConsole console)
    {
        var queries = new Option<string>("--queries", "-q") { Description = "A file with one 'qid<TAB>query' per line; blank lines and lines starting with # are skipped.", Required = true };
        var format = new Option<string>("--format") { Description = "trec (qid Q0 docid rank score tag) or jsonl.", DefaultValueFactory = _ => "trec" };
        format.AcceptOnlyFromAmong("trec", "jsonl");
        var limit = new Option<int>("--limit", "-n") { Description = "Hits per query (1-1000).", DefaultValueFactory = _ => 100 };
        var index = CommonOptions.Index();
        var mode = new Option<string>("--mode") { Description = "lexical or hybrid (needs a topic model).", DefaultValueFactory = _ => "lexical" };
        mode.AcceptOnlyFromAmong("lexical", "hybrid");
        var crossLingual = CrossLingualOption.Create();
        var translation = new TranslationSourceOptions();

        var filters = new SearchFilterOptions();
        var command = new Command("batch", "Run many queries; the TREC output works with trec_eval.") { queries, format, limit, mode, crossLingual, index };
        filters.AddTo(command);
        translation.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetValue(queries)!;
            var lines = Read(file);
            using var opened = await translation.OpenAsync(parse, parse.GetValue(index), cancellationToken).ConfigureAwait(false);
            var hybrid = parse.GetValue(mode) == "hybrid";
            if (hybrid)
            {
                CommonOptions.RequireTopics(opened);
            }

            var tag = hybrid ? "govsearch-hybrid" : "govsearch-lexical";
            var options = translation.Apply(parse, filters.Apply(parse, new SearchOptions
            {
                Limit = parse.GetValue(limit),
                IncludeFacets = false,
                PassagesPerHit = 0,
                Mode = hybrid ? SearchMode.Hybrid : SearchMode.Lexical,
                CrossLingual = CrossLingualOption.Parse(parse.GetValue(crossLingual)) ?? CrossLingualMode.Off,
            }));
            var trec = parse.GetValue(format) == "trec";
            var failed = 0;
            foreach (var (line, qid, query) in lines)
            {
                SearchResults results;
                try
                {
                    results = await opened.SearchAsync(query, options, cancellationToken).ConfigureAwait(false);
                }
                catch (QueryException e)
                {
                    failed++;
                    console.Error.WriteLine($"govsearch: {file}:{line} (query {qid}): {e.Message}");
                    continue;
                }

                if (trec)
                {
                    foreach (var hit in results.Hits)
                    {
                        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{qid} Q0 {hit.Id} {hit.Rank} {hit.Score:F6} {tag}"));
                    }
                }
                else
                {
                    var record = new { qid, query, totalHits = results.TotalHits, hits = results.Hits.Select(h => new { h.Rank, h.Id, h.Score, h.Title }) };
                    console.Out.WriteLine(JsonSerializer.Serialize(record, Json.Compact));
                }
            }

            return failed == 0 ? ExitCodes.Success : ExitCodes.Query;
        });
        return command;
    }

    /// <summary>Reads and checks every line before any query runs.</summary>
    private static List<(int Line, string Qid, string Query)> Read(string file)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"The queries file '{file}' does not exist.", file);
        }

        var result = new List<(int, string, string)>();
        var number = 0;
        foreach (var raw in File.ReadLines(file))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || tab == line.Length - 1 || line[..tab].Any(char.IsWhiteSpace))
            {
                throw new InvalidDataException($"{file}:{number}: expected 'qid<TAB>query' with a qid without spaces.");
            }

            result.Add((number, line[..tab], line[(tab + 1)..]));
        }

        return result;
    }
}
