namespace GovSearch.CrossLingual;

/// <summary>
/// Reads a user's parallel text: UTF-8 text, one aligned pair a line, <c>chinese TAB english</c> (a sentence, a
/// clause or a paragraph and its translation). Blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
internal static class ParallelTextFile
{
    /// <summary>Reads the pairs of a file; each pair's source is <c>file:line</c>.</summary>
    /// <exception cref="TranslationFileException">The file is missing, unreadable, empty or malformed; the message names the file and line.</exception>
    public static IReadOnlyList<AlignedPair> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = UserFile.Open(path, "parallel text");
        var pairs = new List<AlignedPair>();
        foreach (var (number, fields) in UserFile.Records(reader))
        {
            if (fields.Length != 2)
            {
                throw new TranslationFileException(path, number, $"expected 'chinese TAB english', {UserFile.Found(fields)}");
            }

            if (!fields[0].Any(Analysis.CharClass.IsHan))
            {
                throw new TranslationFileException(path, number, "the first field must be the Chinese text (hold a Han character).");
            }

            if (!fields[1].Any(char.IsAsciiLetter) || fields[1].Any(Analysis.CharClass.IsHan))
            {
                throw new TranslationFileException(path, number, "the second field must be the English text (Latin letters, no Chinese).");
            }

            pairs.Add(new AlignedPair($"{path}:{number}", fields[0], fields[1]));
        }

        return pairs.Count > 0 ? pairs : throw new TranslationFileException(path, 0, "the parallel text has no pairs; expected lines of 'chinese TAB english'.");
    }
}
