using System.Text;

namespace GovSearch.CrossLingual;

/// <summary>Reads a user's glossary or parallel text file: opens it (a missing or unreadable file is a <see cref="TranslationFileException"/>) and splits its records.</summary>
internal static class UserFile
{
    /// <summary>
    /// The records of a tab-separated text: each line that is not blank and does not start with <c>#</c>, with its
    /// 1-based number and its fields.
    /// </summary>
    public static IEnumerable<(int Line, string[] Fields)> Records(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (line.Length > 0 && line[0] != '#' && !string.IsNullOrWhiteSpace(line))
            {
                yield return (number, line.Split('\t'));
            }
        }
    }

    /// <summary>The end of a message about a line with the wrong number of fields: "found 3 fields".</summary>
    public static string Found(string[] fields) => $"found {fields.Length} field{(fields.Length == 1 ? "" : "s")}.";

    /// <summary>Opens the file as UTF-8 text.</summary>
    /// <param name="path">The file.</param>
    /// <param name="kind">What the file is, for messages ("glossary", "parallel text").</param>
    public static StreamReader Open(string path, string kind)
    {
        try
        {
            return new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new TranslationFileException(path, 0, $"the {kind} file does not exist.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TranslationFileException(path, 0, $"the {kind} file cannot be read: {e.Message}", e);
        }
    }
}
