namespace GovSearch;

/// <summary>
/// Storage refused a write (an add, update, delete, commit or topic training, or opening a folder for writing): the disk
/// is full, the folder cannot be written, or another input/output error. <see cref="Failure"/> says which.
/// </summary>
/// <remarks>
/// Every change since the last commit was discarded and the last commit is intact: the index stays open and usable, so
/// free space or fix the folder and write again. A commit is never found half-done. Only when storage fails at a
/// commit's very last step (syncing its finished commit file, which then cannot be removed either) may the index hold
/// that whole commit when it is next read; the writer and its searches then show it at once.
/// </remarks>
public sealed class IndexWriteException : GovSearchException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The index folder, or "(in memory)".</param>
    /// <param name="failure">Why storage refused the write.</param>
    /// <param name="message">What happened, what was kept, and what to do.</param>
    /// <param name="innerException">The operating system's or Lucene's error.</param>
    public IndexWriteException(string path, IndexWriteFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
        Failure = failure;
    }

    /// <summary>The index folder, or "(in memory)".</summary>
    public string Path { get; }

    /// <summary>Why storage refused the write.</summary>
    public IndexWriteFailure Failure { get; }
}
