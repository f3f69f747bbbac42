namespace GovSearch.Cli;

/// <summary>An <see cref="IProgress{T}"/> that runs its handler on the reporting thread at once (the tool has no UI
/// context to post to, and a report must not arrive after the work has finished).</summary>
internal sealed class InlineProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
