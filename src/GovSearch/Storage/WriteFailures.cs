namespace GovSearch.Storage;

/// <summary>
/// Tells storage failures (a full disk, a read-only folder, another input/output error) from every other error, and turns
/// them into <see cref="IndexWriteException"/> with a message that says what was kept.
/// </summary>
internal static class WriteFailures
{
    /// <summary>What a failed batch, delete or commit leaves.</summary>
    public const string Discarded = "every change since the last commit was discarded, and the last commit is intact";

    /// <summary>What a refused open leaves.</summary>
    public const string NothingWritten = "nothing was written";

    /// <summary>What a failed create leaves.</summary>
    public const string NotCreated = "the index was not created";

    /// <summary>What a failed topic training leaves.</summary>
    public const string TopicsKept = "the previous topic model and the last commit are intact";

    // errno values (Linux and macOS agree on these two), and the HRESULTs of the Windows errors.
    private const int UnixDiskFull = 28;
    private const int UnixReadOnlyFileSystem = 30;
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);
    private const int WindowsWriteProtected = unchecked((int)0x80070013);
    private const int WindowsAccessDenied = unchecked((int)0x80070005);

    /// <summary>Why storage failed, or <see langword="null"/> when the error is not a storage failure. Looks through inner
    /// exceptions, since Lucene wraps the operating system's error (for example in a merge exception).</summary>
    public static IndexWriteFailure? Classify(Exception exception)
    {
        IndexWriteFailure? found = null;
        foreach (var e in Chain(exception))
        {
            switch (e)
            {
                case IndexWriteException write:
                    return write.Failure;
                case GovSearchException:
                    // Already explained (a locked folder, a damaged index): not to be reworded as a write failure.
                    return null;
                case UnauthorizedAccessException:
                    return IndexWriteFailure.NotWritable;
                case IOException io when io.HResult is UnixDiskFull or WindowsDiskFull or WindowsHandleDiskFull:
                    return IndexWriteFailure.DiskFull;
                case IOException io when io.HResult is UnixReadOnlyFileSystem or WindowsWriteProtected or WindowsAccessDenied:
                    return IndexWriteFailure.NotWritable;
                case IOException:
                    found ??= IndexWriteFailure.StorageError;
                    break;
            }
        }

        return found;
    }

    /// <summary>The exception to throw for a storage failure (one <see cref="Classify"/> recognizes).</summary>
    /// <param name="path">The folder, or <see langword="null"/> for an index in memory.</param>
    /// <param name="exception">The error.</param>
    /// <param name="outcome">What was kept, as a clause: <see cref="Discarded"/>, <see cref="NothingWritten"/>, <see cref="TopicsKept"/>.</param>
    public static IndexWriteException From(string? path, Exception exception, string outcome)
    {
        if (exception is IndexWriteException already)
        {
            return already;
        }

        var where = IndexStorage.Describe(path);
        var failure = Classify(exception) ?? IndexWriteFailure.StorageError;
        var message = failure switch
        {
            IndexWriteFailure.DiskFull =>
                $"The disk holding the index at '{where}' is full; {outcome}. Free some space and write again.",
            IndexWriteFailure.NotWritable =>
                $"The index at '{where}' cannot be written (its folder or file system is read-only, or permission is denied); {outcome}. Make the folder writable, or open the index read-only.",
            _ =>
                $"Writing the index at '{where}' failed ({Cause(exception)}); {outcome}. Check the disk and the folder, and write again.",
        };
        return new IndexWriteException(where, failure, message, exception);
    }

    /// <summary>Runs work that writes, turning a storage failure into <see cref="IndexWriteException"/>.</summary>
    public static void Run(string? path, string outcome, Action work) =>
        Run(path, outcome, () =>
        {
            work();
            return true;
        });

    /// <inheritdoc cref="Run(string?, string, Action)"/>
    public static T Run<T>(string? path, string outcome, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (Classify(e) is not null)
        {
            throw From(path, e, outcome);
        }
    }

    /// <summary>The message of the innermost input/output error, without its final full stop.</summary>
    private static string Cause(Exception exception) =>
        (Chain(exception).LastOrDefault(e => e is IOException) ?? exception).Message.ReplaceLineEndings(" ").TrimEnd('.', ' ');

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        var queue = new Queue<Exception>([exception]);
        var seen = 0;
        while (queue.Count > 0 && seen++ < 32)
        {
            var e = queue.Dequeue();
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    queue.Enqueue(inner);
                }
            }
            else if (e.InnerException is { } inner)
            {
                queue.Enqueue(inner);
            }
        }
    }
}
