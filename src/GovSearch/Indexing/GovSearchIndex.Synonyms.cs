using GovSearch.Synonyms;

namespace GovSearch;

public sealed partial class GovSearchIndex
{
    private readonly Lock _synonymReload = new();

    /// <summary>The synonym files in force (<see cref="GovSearchIndexOptions.SynonymFiles"/>, or those last given to
    /// <see cref="LoadSynonyms"/>); empty when there are none.</summary>
    public IReadOnlyList<string> SynonymFiles => _compiler.Synonyms.Files;

    /// <summary>
    /// Reads the synonym files in force again, so edits take effect for the next search without reopening the index or
    /// reindexing. Safe while searches run: each search uses the synonyms as they were when it started, old or new, never
    /// a mix. If a file is missing or malformed, the synonyms in force stay as they were.
    /// </summary>
    /// <returns>The number of synonym rules now in force.</returns>
    /// <exception cref="DictionaryFileException">A file is missing or malformed; the message names the file and line.</exception>
    public int ReloadSynonyms() => LoadSynonyms(SynonymFiles);

    /// <summary>
    /// Replaces the synonym files in force with <paramref name="files"/> (empty for none) and reads them, as
    /// <see cref="ReloadSynonyms"/> does. The index's options keep the files they were opened with; this instance uses the new ones.
    /// </summary>
    /// <param name="files">The synonym files, in the format of <see cref="GovSearchIndexOptions.SynonymFiles"/>.</param>
    /// <returns>The number of synonym rules now in force.</returns>
    /// <exception cref="DictionaryFileException">A file is missing or malformed; the synonyms in force stay as they were.</exception>
    /// <exception cref="ArgumentException">A path is empty.</exception>
    public int LoadSynonyms(IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        ThrowIfDisposed();
        if (files.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("The synonym files must be file paths, none of them empty.", nameof(files));
        }

        lock (_synonymReload)
        {
            // Read first, swap after: a bad file leaves the old synonyms in force.
            var read = SynonymSet.Read(files.ToArray());
            _compiler.Synonyms = read;
            return read.Rules;
        }
    }
}
