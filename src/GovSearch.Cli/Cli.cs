using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using GovSearch.Cli.Verbs;
using GovSearch.Documents;
using GovSearch.Querying;
using GovSearch.Storage;

namespace GovSearch.Cli;

/// <summary>Builds the command tree and turns every failure into one line on standard error and a documented exit code.</summary>
internal static class Cli
{
    /// <summary>The command tree. Its root is a plain command named <c>govsearch</c> (a <see cref="RootCommand"/> would take
    /// its name from the executable, GovSearch.Cli, which is not what users type), with help and version added by hand.</summary>
    public static Command Build(CliConsole console) =>
        new("govsearch", "govsearch: search laws, regulations, work reports and speeches in Chinese and English.")
        {
            new HelpOption(),
            new VersionOption(),
            IndexVerb.Create(console),
            SearchVerb.Create(console),
            BatchVerb.Create(console),
            EvalVerb.Create(console),
            TrainRankerVerb.Create(console),
            ShowVerb.Create(console),
            CitesVerb.Create(console),
            CitedByVerb.Create(console),
            DiffVerb.Create(console),
            ExplainVerb.Create(console),
            StatsVerb.Create(console),
            TopicsVerb.Create(console),
            TrendsVerb.Create(console),
            UsageVerb.Create(console),
            KwicVerb.Create(console),
            EmergingVerb.Create(console),
            SimilarVerb.Create(console),
            CheckVerb.Create(console),
            LearnTranslationsVerb.Create(console),
            SuggestVerb.Create(console),
            ServeVerb.Create(console),
        };

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var parse = Build(console).Parse(args);
        if (parse.Errors.Count > 0 && !args.Any(a => a is "-h" or "--help" or "-?"))
        {
            console.Error.WriteLine($"govsearch: {ParseError(parse)} Run 'govsearch --help' for usage.");
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = console.Out, Error = console.Error };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return Fail(console, ExitCodes.Cancelled, "stopped; the last commit is intact.");
        }
        catch (QueryException e)
        {
            return Fail(console, ExitCodes.Query, e.Message);
        }
        catch (IndexWriteException e)
        {
            return Fail(console, ExitCodes.Write, e.Message);
        }
        catch (IndexMissingException e)
        {
            return Fail(console, ExitCodes.Index, UserMessages.For(e));
        }
        catch (Exception e) when (e is IndexFormatException or IndexLockedException or IndexCorruptException)
        {
            return Fail(console, ExitCodes.Index, e.Message);
        }
        catch (Lucene.Net.Index.CorruptIndexException e)
        {
            // Damage Lucene found while reading, past the checks at open.
            return Fail(console, ExitCodes.Index, $"the index is damaged ({e.Message}). Run 'govsearch check' on it, then repair it with --repair or rebuild it.");
        }
        catch (TranslationFileException e)
        {
            return Fail(console, ExitCodes.Input, e.Message);
        }
        catch (DictionaryFileException e)
        {
            return Fail(console, ExitCodes.Input, e.Message);
        }
        catch (Exception e) when (e is DocumentLoadException or FileNotFoundException or DirectoryNotFoundException or InvalidDataException or UnauthorizedAccessException
            or RankerModelException)
        {
            return Fail(console, ExitCodes.Input, e.Message);
        }
        catch (KeyNotFoundException e)
        {
            return Fail(console, ExitCodes.NotFound, e.Message);
        }
        catch (ArgumentException e)
        {
            return Fail(console, ExitCodes.Usage, UserMessages.For(e));
        }
        catch (TopicModelMissingException e)
        {
            return Fail(console, ExitCodes.NoTopics, e.Message);
        }
        catch (Exception e) when (e is GovSearchException or IOException)
        {
            return Fail(console, ExitCodes.Failure, e.Message);
        }
    }

    /// <summary>The parse errors as one sentence; for a mistyped verb or option, only that, with the nearest valid name.</summary>
    private static string ParseError(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        foreach (var token in parse.UnmatchedTokens)
        {
            if (Typos.Suggest(token, command) is { } suggestion)
            {
                var kind = token.StartsWith('-') ? "option" : "command";
                return $"unknown {kind} '{token}'; did you mean '{suggestion}'?";
            }
        }

        return string.Join(" ", parse.Errors.Select(Describe));
    }

    /// <summary>One parse error on one line; a value outside an option's list names the option, the allowed values and
    /// the nearest of them.</summary>
    private static string Describe(ParseError error)
    {
        var option = error.SymbolResult switch
        {
            OptionResult result => result.Option.Name,
            ArgumentResult { Parent: OptionResult result } => result.Option.Name,
            _ => null,
        };
        var message = UserMessages.NotAmong(error.Message, option);
        return string.Join(' ', message.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static int Fail(CliConsole console, int code, string message)
    {
        console.Error.WriteLine($"govsearch: {UserMessages.Plain(message).ReplaceLineEndings(" ")}");
        return code;
    }
}
