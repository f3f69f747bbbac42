using System.CommandLine;
using GovSearch.Cli.Verbs;
using GovSearch.Documents;
using GovSearch.Querying;
using GovSearch.Storage;

namespace GovSearch.Cli;

/// <summary>Builds the command tree and turns every failure into one line on standard error and a documented exit code.</summary>
internal static class Cli
{
    public static RootCommand Build(CliConsole console) =>
        new("govsearch: search laws, regulations, work reports and speeches in Chinese and English.")
        {
            IndexVerb.Create(console),
            SearchVerb.Create(console),
            BatchVerb.Create(console),
            EvalVerb.Create(console),
            ShowVerb.Create(console),
            ExplainVerb.Create(console),
            StatsVerb.Create(console),
            TopicsVerb.Create(console),
            TrendsVerb.Create(console),
            SimilarVerb.Create(console),
            CheckVerb.Create(console),
            LearnTranslationsVerb.Create(console),
        };

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var parse = Build(console).Parse(args);
        if (parse.Errors.Count > 0 && !args.Any(a => a is "-h" or "--help" or "-?"))
        {
            // One line: some parser messages list the allowed values on lines of their own.
            var messages = parse.Errors.SelectMany(e => e.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            console.Error.WriteLine($"govsearch: {string.Join(" ", messages)} Run 'govsearch --help' for usage.");
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
        catch (Exception e) when (e is IndexNotFoundException or IndexFormatException or IndexLockedException or IndexCorruptException)
        {
            return Fail(console, ExitCodes.Index, e.Message);
        }
        catch (Lucene.Net.Index.CorruptIndexException e)
        {
            // Damage Lucene found while reading, past the checks at open.
            return Fail(console, ExitCodes.Index, $"the index is damaged ({e.Message}). Run 'govsearch check' on it, then repair it with --repair or rebuild it.");
        }
        catch (Exception e) when (e is DocumentLoadException or FileNotFoundException or DirectoryNotFoundException or InvalidDataException or UnauthorizedAccessException)
        {
            return Fail(console, ExitCodes.Input, e.Message);
        }
        catch (KeyNotFoundException e)
        {
            return Fail(console, ExitCodes.NotFound, e.Message);
        }
        catch (ArgumentException e)
        {
            return Fail(console, ExitCodes.Usage, e.Message);
        }
        catch (NoTopicModelException e)
        {
            return Fail(console, ExitCodes.NoTopics, e.Message);
        }
        catch (Exception e) when (e is GovSearchException or IOException)
        {
            return Fail(console, ExitCodes.Failure, e.Message);
        }
    }

    private static int Fail(CliConsole console, int code, string message)
    {
        console.Error.WriteLine($"govsearch: {message.ReplaceLineEndings(" ")}");
        return code;
    }
}
