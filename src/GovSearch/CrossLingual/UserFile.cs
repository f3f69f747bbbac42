using System.Text;

namespace GovSearch.CrossLingual;

/// <summary>Opens a user's glossary or parallel text file, turning a missing or unreadable file into a <see cref="TranslationFileException"/>.</summary>
internal static class UserFile
{
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
