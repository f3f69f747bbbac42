using System.Text;

namespace GovSearch.UserDictionaries;

/// <summary>Opens a user dictionary or synonym file as UTF-8 text and walks its lines; a missing or unreadable file is a
/// <see cref="DictionaryFileException"/>.</summary>
internal static class DictionaryFile
{
    /// <summary>Every line of the file that is neither blank nor a comment (first non-blank character <c>#</c>),
    /// trimmed, with its 1-based number.</summary>
    /// <param name="path">The file.</param>
    /// <param name="kind">What the file is, for messages ("user dictionary", "synonym").</param>
    public static List<(int Line, string Text)> ReadLines(string path, string kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            return Lines(reader).ToList();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DictionaryFileException(path, 0, $"the {kind} file does not exist.", e);
        }
        catch (DecoderFallbackException e)
        {
            throw new DictionaryFileException(path, 0, $"the {kind} file is not UTF-8 text; save it as UTF-8.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DictionaryFileException(path, 0, $"the {kind} file cannot be read: {e.Message}", e);
        }
    }

    /// <summary>The lines of a reader that are neither blank nor comments, trimmed, with their 1-based numbers.</summary>
    public static IEnumerable<(int Line, string Text)> Lines(TextReader reader)
    {
        var number = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            var text = line.Trim();
            if (text.Length > 0 && text[0] != '#')
            {
                yield return (number, text);
            }
        }
    }
}
