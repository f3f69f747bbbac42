using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using GovSearch.Analysis;
using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Storage;
using GovSearch.Topics;
using Spectre.Console;

namespace GovSearch.Cli.Verbs;

/// <summary><c>govsearch index &lt;paths...&gt;</c>: adds or updates documents from folders of .txt/.md files and .jsonl files.</summary>
internal static class IndexVerb
{
    /// <summary>Without --topics, topics are trained only for an index of at least this many documents.</summary>
    public const int ImplicitTopicsMinimum = 50;

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Folders (read recursively) or files: .txt/.md, .html/.htm, .docx, .pdf, and .jsonl in the corpus schema.",
            Arity = ArgumentArity.OneOrMore,
        };
        var root = new Option<string?>("--root")
        {
            Description = "The folder that ids are relative to (default: each folder given; for a file, its own folder). Name the same root every time and a file keeps its id whichever folder you index.",
        };
        var include = new Option<string[]>("--include") { Description = "Index only the files matching this pattern (*, **, ?; without '/', the file name); may repeat.", AllowMultipleArgumentsPerToken = false };
        var exclude = new Option<string[]>("--exclude") { Description = "Leave out the files matching this pattern; may repeat.", AllowMultipleArgumentsPerToken = false };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var rebuild = new Option<bool>("--rebuild") { Description = "Start the index over; the old one is replaced only once the new one is complete." };
        var threads = new Option<int>("--threads") { Description = "Analysis threads (1-64). Default: all cores.", DefaultValueFactory = _ => Math.Clamp(Environment.ProcessorCount, 1, 64) };
        var topics = new Option<int>("--topics")
        {
            Description = $"Train a topic model with this many topics after indexing (2-500). Without it, 20 topics are trained when the index holds at least {ImplicitTopicsMinimum} documents.",
            DefaultValueFactory = _ => TopicModelOptions.Default.NumberOfTopics,
        };
        var noTopics = new Option<bool>("--no-topics") { Description = "Do not train topics (documents added to a trained index still get inferred topics)." };
        var bigrams = new Option<bool>("--bigrams")
        {
            Description = "Create the index with Han character-bigram fields beside the words (AnalysisOptions.CharacterBigrams, the default). Takes effect when the index is created (or with --rebuild); later runs keep the recorded setting.",
        };
        var noBigrams = new Option<bool>("--no-bigrams")
        {
            Description = "Create the index without the character-bigram fields: a smaller index that ranks Chinese queries less well (see the README). Takes effect when the index is created (or with --rebuild).",
        };

        var userDictionary = new Option<string[]>("--user-dict")
        {
            Description = "A user dictionary: UTF-8, one word a line (or 'word [frequency] [tag]'), '#' comments; each word of 2-32 Han characters is kept whole by segmentation. Takes effect when the index is created or with --rebuild; an existing index must have been built with the same words. Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var topicParallel = new Option<string[]>("--topic-parallel")
        {
            Description = "Aligned Chinese and English text that topic training also learns from, so topics hold words of both languages: a .jsonl file in the corpus schema (a 'zh' and an 'en' record with the same parallel_id are a pair, such as the corpus's parallel.jsonl) or a text of 'chinese TAB english' lines. Used only for training, not indexed; implies training topics (not with --no-topics). Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("index", "Add or update documents, then train topics; re-running updates documents with the same id.")
        {
            paths, index, json, rebuild, threads, topics, noTopics, bigrams, noBigrams, root, include, exclude, userDictionary,
        };
        command.Options.Add(topicParallel);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = CommonOptions.ExplicitIndex(parse.GetValue(index))
                ?? throw new ArgumentException($"Say where the index goes: --index DIR, or set ${CommonOptions.IndexVariable}.");
            var inputs = parse.GetValue(paths)!;
            foreach (var input in inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)))
            {
                if (input.StartsWith('-'))
                {
                    // The paths argument takes any word, so a mistyped option lands here rather than in the parser.
                    var suggestion = Typos.Suggest(input, parse.CommandResult.Command);
                    throw new ArgumentException($"unknown option '{input}'{(suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?")} Run 'govsearch index --help' for usage.");
                }

                throw new FileNotFoundException($"'{input}' is neither a file nor a folder.", input);
            }

            if (parse.GetValue(topicParallel) is { Length: > 0 } && parse.GetValue(noTopics))
            {
                throw new ArgumentException("--topic-parallel trains topics; it cannot go with --no-topics.");
            }

            foreach (var file in parse.GetValue(topicParallel) ?? [])
            {
                if (!File.Exists(file))
                {
                    // Checked before indexing, so a wrong path does not wait for the documents.
                    throw new FileNotFoundException($"--topic-parallel '{file}' does not exist.", file);
                }
            }

            var dictionaryFiles = parse.GetValue(userDictionary) ?? [];
            var userWords = dictionaryFiles.Length > 0 ? UserDictionary.Load(dictionaryFiles) : null;
            using var replacement = parse.GetValue(rebuild) ? IndexReplacement.Begin(folder) : null;
            var target = replacement?.Building ?? folder;
            var options = new GovSearchIndexOptions
            {
                IndexingThreads = parse.GetValue(threads),
                Analysis = parse.GetValue(noBigrams)
                    ? (UserDictionaryOptions.For(target, false, userWords, dictionaryFiles) ?? AnalysisOptions.Default) with { CharacterBigrams = false }
                    : UserDictionaryOptions.For(target, parse.GetValue(bigrams), userWords, dictionaryFiles),
            };
            var rootFolder = parse.GetValue(root);
            if (rootFolder is not null && !Directory.Exists(rootFolder))
            {
                throw new FileNotFoundException($"--root '{rootFolder}' is not a folder.", rootFolder);
            }

            var loader = new DocumentLoader(new DocumentLoadOptions
            {
                Root = rootFolder,
                Include = parse.GetValue(include) ?? [],
                Exclude = parse.GetValue(exclude) ?? [],
            });
            var sameText = new List<SameText>();
            var clock = Stopwatch.StartNew();
            Summary summary;
            using (var opened = GovSearchIndex.OpenOrCreate(target, options))
            {
                var before = opened.GetStatistics();
                var hashes = TextHashLookup.Read(opened);
                var totalBytes = inputs.Sum(InputBytes);
                var written = await WithProgress(console, parse.GetValue(json), totalBytes, loader, progress =>
                    opened.UpdateRangeAsync(Loaded(inputs, loader, hashes, sameText, cancellationToken), progress, cancellationToken)).ConfigureAwait(false);
                await opened.CommitAsync(cancellationToken).ConfigureAwait(false);
                var indexSeconds = clock.Elapsed.TotalSeconds;
                var after = opened.GetStatistics();
                var trained = 0;
                // Parallel text for topics asks for topics, as --topics does.
                var explicitTopics = parse.GetResult(topics) is { Implicit: false } || parse.GetValue(topicParallel) is { Length: > 0 };
                if (!parse.GetValue(noTopics) && (explicitTopics || after.Documents >= ImplicitTopicsMinimum))
                {
                    var topicOptions = new TopicModelOptions { NumberOfTopics = parse.GetValue(topics), ParallelTextFiles = parse.GetValue(topicParallel) ?? [] };
                    try
                    {
                        trained = (await WithSpinner(console, parse.GetValue(json), "training topics",
                            progress => opened.TrainTopicsAsync(topicOptions, progress, cancellationToken)).ConfigureAwait(false)).Count;
                    }
                    catch (Exception e) when (!explicitTopics && e is not IndexWriteException and not TranslationFileException and (GovSearchException or InvalidOperationException))
                    {
                        console.Error.WriteLine($"govsearch: note: topics were not trained: {e.Message}");
                    }
                }

                summary = new Summary(folder, written, after.Documents, after.Passages - before.Passages, loader.BytesRead / 1e6, indexSeconds,
                    trained, clock.Elapsed.TotalSeconds - indexSeconds, loader.Problems, sameText);
            }

            // A rebuild in which every input failed keeps the index it would have replaced.
            var everyInputFailed = summary.Documents == 0 && summary.Skipped.Count > 0;
            if (!everyInputFailed)
            {
                replacement?.Commit();
            }

            if (parse.GetValue(json))
            {
                Json.Write(console.Out, summary);
            }
            else
            {
                Print(console, summary);
            }

            // Skipped files are listed and the run succeeds; a run in which every input failed is an input error.
            return everyInputFailed ? ExitCodes.Input : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The outcome, also the --json schema.</summary>
    internal sealed record Summary(
        string Index, int Documents, int DocumentsInIndex, long Passages, double Megabytes, double Seconds, int Topics, double TopicSeconds,
        IReadOnlyList<LoadProblem> Skipped, IReadOnlyList<SameText> SameText);

    /// <summary>A document that arrived under a new id with the text of another (in --json: "sameText").</summary>
    internal sealed record SameText(string Id, string SameAs);

    private static void Print(CliConsole console, Summary summary)
    {
        var rate = summary.Seconds > 0 ? summary.Megabytes / summary.Seconds : 0;
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Indexed {Plural.Of(summary.Documents, "document")} ({Plural.Of(summary.Passages, "new passage")}, {summary.Megabytes:F1} MB) in {summary.Seconds:F1} s, {rate:F2} MB/s. The index at {summary.Index} holds {Plural.Of(summary.DocumentsInIndex, "document")}."));
        if (summary.Topics > 0)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Trained {Plural.Of(summary.Topics, "topic")} in {summary.TopicSeconds:F1} s; see 'govsearch topics'."));
        }

        if (summary.SameText.Count > 0)
        {
            console.Out.WriteLine($"Warning: {Plural.Of(summary.SameText.Count, "new document")} with the same text as another; the same files indexed through another folder? Give the same --root each time, or --rebuild:");
            foreach (var same in summary.SameText)
            {
                console.Out.WriteLine($"  {same.Id} = {same.SameAs}");
            }
        }

        if (summary.Documents == 0 && summary.Skipped.Count > 0)
        {
            console.Out.WriteLine($"Nothing was indexed: every input failed ({summary.Skipped.Count}):");
            foreach (var problem in summary.Skipped)
            {
                console.Out.WriteLine($"  {problem}");
            }
        }
        else if (summary.Skipped.Count > 0)
        {
            console.Out.WriteLine($"Skipped {summary.Skipped.Count} input(s):");
            foreach (var problem in summary.Skipped)
            {
                console.Out.WriteLine($"  {problem}");
            }
        }
    }

    /// <summary>Runs topic training under a status line that names each stage when standard error is a terminal; quietly otherwise.</summary>
    private static async Task<T> WithSpinner<T>(CliConsole console, bool json, string what, Func<IProgress<IndexingProgress>?, Task<T>> work)
    {
        if (json || !console.ErrorIsTerminal)
        {
            return await work(null).ConfigureAwait(false);
        }

        return await console.Ansi(console.Error, terminal: true).Status().StartAsync(what, context => work(new InlineProgress<IndexingProgress>(p =>
            context.Status = string.Create(CultureInfo.InvariantCulture, $"{what}: {StageName(p.Stage)} ({p.Documents:N0} of {p.TotalDocuments:N0} documents)")))).ConfigureAwait(false);
    }

    private static string StageName(IndexingStage stage) => stage switch
    {
        IndexingStage.ReadingTopicTokens => "reading words",
        IndexingStage.TrainingTopics => "learning topics",
        IndexingStage.InferringTopics => "giving documents their topics",
        IndexingStage.SavingTopics => "saving",
        _ => "writing",
    };

    private static long InputBytes(string path) =>
        File.Exists(path) ? new FileInfo(path).Length : new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    private static async IAsyncEnumerable<GovDocument> Loaded(
        string[] inputs, DocumentLoader loader, TextHashLookup hashes, List<SameText> sameText, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var input in inputs)
        {
            await foreach (var document in loader.LoadAsync(input, cancellationToken).ConfigureAwait(false))
            {
                if (hashes.SameTextAs(document.Id, document.Text) is { } other)
                {
                    sameText.Add(new SameText(document.Id, other));
                }

                yield return document;
            }
        }
    }

    /// <summary>Runs the work under a progress bar with documents/s and MB/s when standard error is a terminal; quietly otherwise.</summary>
    private static async Task<int> WithProgress(CliConsole console, bool json, long totalBytes, DocumentLoader loader, Func<IProgress<IndexingProgress>?, Task<int>> work)
    {
        if (json || !console.ErrorIsTerminal)
        {
            return await work(null).ConfigureAwait(false);
        }

        var clock = Stopwatch.StartNew();
        return await console.Ansi(console.Error, terminal: true).Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("indexing", maxValue: Math.Max(totalBytes, 1));
                var result = await work(new InlineProgress<IndexingProgress>(progress =>
                {
                    var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                    task.Value = loader.BytesRead;
                    task.Description = string.Create(CultureInfo.InvariantCulture,
                        $"{progress.Documents:N0} docs · {progress.Documents / seconds:F0} docs/s · {loader.BytesRead / 1e6 / seconds:F2} MB/s");
                })).ConfigureAwait(false);
                task.Value = task.MaxValue;
                return result;
            }).ConfigureAwait(false);
    }
}
