using System.Globalization;
using GovSearch.Analysis;
using GovSearch.UserDictionaries;

namespace GovSearch;

/// <summary>
/// Reads user dictionary files: the words that segmentation keeps whole (<see cref="AnalysisOptions.UserWords"/>).
/// </summary>
/// <remarks>
/// <para>The format: UTF-8 text (a byte-order mark is allowed), one word a line; blank lines and lines starting with
/// <c>#</c> are skipped. A line may also be in the style of Elasticsearch's and jieba's dictionaries,
/// <c>word [frequency] [tag]</c> separated by spaces or tabs: the word is the first column, a frequency (digits) and a
/// part-of-speech tag (letters) are accepted and ignored.</para>
/// <para>Each word is 2 to <see cref="MaximumWordLength"/> Han characters, traditional or simplified (it is matched
/// after the same conversion as the text). Words in other scripts need no entry: the analysis already keeps them whole.
/// A word listed twice counts once.</para>
/// </remarks>
public static class UserDictionary
{
    /// <summary>The most words a dictionary (all its files together) may hold: 100,000.</summary>
    public const int MaximumWords = 100_000;

    /// <summary>The longest word, in characters: 32.</summary>
    public const int MaximumWordLength = 32;

    /// <summary>Reads the words of one or more dictionary files, in order, each word once.</summary>
    /// <param name="paths">The files.</param>
    /// <returns>The words, as written, in file order, without repeats.</returns>
    /// <exception cref="DictionaryFileException">A file is missing, unreadable or not UTF-8, a line is malformed, or the
    /// files hold more than <see cref="MaximumWords"/> words; the message names the file and the line.</exception>
    public static IReadOnlyList<string> Load(params IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var (line, text) in DictionaryFile.ReadLines(path, "user dictionary"))
            {
                var word = WordOf(path, line, text);
                if (seen.Add(TextNormalizer.Normalize(word, convertTraditional: true)))
                {
                    if (words.Count == MaximumWords)
                    {
                        throw new DictionaryFileException(path, line,
                            string.Create(CultureInfo.InvariantCulture, $"the user dictionary holds more than {MaximumWords:N0} words; split it or keep the words that matter."));
                    }

                    words.Add(word);
                }
            }
        }

        return words;
    }

    /// <summary>Why a word cannot be a user word, or <see langword="null"/> when it can.</summary>
    internal static string? Problem(string? word)
    {
        if (string.IsNullOrEmpty(word))
        {
            return "a user word must not be empty";
        }

        if (word.FirstOrDefault(c => !CharClass.IsHan(c)) is var other and not '\0')
        {
            return $"'{word}' holds '{other}', which is not a Han character; user words are Han characters only (words in other scripts are kept whole already)";
        }

        if (word.Length < 2)
        {
            return $"'{word}' is one character; a user word has 2 to {MaximumWordLength} Han characters (a single character is always a word of its own)";
        }

        if (word.Length > MaximumWordLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"'{word}' has {word.Length} characters; a user word has at most {MaximumWordLength}");
        }

        return null;
    }

    /// <summary>The word of one line: its first column, after checking the optional frequency and tag columns.</summary>
    private static string WordOf(string path, int line, string text)
    {
        var columns = text.Split([' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        if (columns.Length > 3)
        {
            throw new DictionaryFileException(path, line,
                $"expected 'word [frequency] [tag]', found {columns.Length} columns; a user word cannot contain spaces.");
        }

        if (columns.Length >= 2)
        {
            var frequency = columns[1].All(char.IsAsciiDigit);
            var tagsOk = columns.Skip(frequency ? 2 : 1).All(c => c.All(char.IsAsciiLetter));
            if (!tagsOk)
            {
                throw new DictionaryFileException(path, line,
                    $"expected 'word [frequency] [tag]', but '{string.Join(' ', columns.Skip(1))}' is not a frequency (digits) and a tag (letters); a user word cannot contain spaces.");
            }
        }

        if (Problem(columns[0]) is { } problem)
        {
            throw new DictionaryFileException(path, line, problem + ".");
        }

        return columns[0];
    }
}
