using System.CommandLine;
using GovSearch.Indexing;
using GovSearch.Querying;

namespace GovSearch.Cli;

/// <summary>
/// The translation options of the verbs that take <c>--cross-lingual</c> (<c>search</c>, <c>batch</c>, <c>explain</c>,
/// <c>eval</c>): <c>--glossary FILE</c> and <c>--parallel-text FILE</c> (the user's own translation data, read when
/// the index opens; <see cref="GovSearchIndexOptions.GlossaryFiles"/>, <see cref="GovSearchIndexOptions.ParallelTextFiles"/>) and
/// <c>--glossary-weight W</c> (<see cref="SearchOptions.GlossaryWeight"/>); and the user's synonym files, <c>--synonyms FILE</c>
/// (<see cref="GovSearchIndexOptions.SynonymFiles"/>) with <c>--synonym-weight W</c> (<see cref="SearchOptions.SynonymWeight"/>).
/// </summary>
internal sealed class TranslationSourceOptions
{
    private readonly Option<string[]> _glossary = new("--glossary")
    {
        Description = "Your own glossary for --cross-lingual: UTF-8 lines of 'chinese<TAB>english[|english2]'; its entries replace the built-in glossary's. Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string[]> _parallelText = new("--parallel-text")
    {
        Description = "Your own parallel text for --cross-lingual: UTF-8 lines of 'chinese<TAB>english', learned from when the index opens. Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string[]> _synonyms = new("--synonyms")
    {
        Description = "Your own synonyms, searched as weighted alternatives of the words they stand for: a UTF-8 file in Solr's format ('a, b, c' or 'a, b => c', '#' comments). Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<float?> _synonymWeight = new("--synonym-weight")
    {
        Description = "With --synonyms, the boost of a synonym relative to the words it stands for: 0 (off) to 1. Default: 0.8.",
    };

    private readonly Option<float?> _glossaryWeight = new("--glossary-weight")
    {
        Description = "With --cross-lingual, the glossary's share of a term's translation weight where the glossary and the learned table both translate it: 0 (learned table only) to 1. Default: 0.8.",
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_glossary);
        command.Options.Add(_parallelText);
        command.Options.Add(_glossaryWeight);
        command.Options.Add(_synonyms);
        command.Options.Add(_synonymWeight);
    }

    /// <summary>The options with <c>--glossary-weight</c> applied when it was given.</summary>
    public SearchOptions Apply(ParseResult parse, SearchOptions options)
    {
        options = parse.GetValue(_glossaryWeight) is { } weight ? options with { GlossaryWeight = weight } : options;
        return parse.GetValue(_synonymWeight) is { } synonymWeight ? options with { SynonymWeight = synonymWeight } : options;
    }

    /// <summary>Opens the named index (or the default one) read-only, with the user's glossary and parallel text.</summary>
    public Task<GovSearchIndex> OpenAsync(ParseResult parse, string? index, CancellationToken cancellationToken) =>
        CommonOptions.OpenForReadingAsync(index, cancellationToken, parse.GetValue(_glossary) ?? [], parse.GetValue(_parallelText) ?? [], parse.GetValue(_synonyms) ?? []);
}
