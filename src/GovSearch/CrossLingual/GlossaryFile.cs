using System.Text;

namespace GovSearch.CrossLingual;

/// <summary>
/// Reads glossary files: the curated glossary shipped in the package (<c>Glossary/glossary.tsv</c>) and a user's own.
/// </summary>
/// <remarks>
/// UTF-8 text, one entry a line: <c>chinese TAB english[|english2...]</c>, optionally followed by <c>TAB category</c>
/// and <c>TAB check</c> (the shipped file's provenance columns, ignored here). Blank lines and lines starting with
/// <c>#</c> are skipped. The Chinese side must hold a Han character and the English side must not; each English
/// rendering must hold a Latin letter. Every problem is reported with the file and line.
/// </remarks>
internal static class GlossaryFile
{
    private const string ResourceName = "GovSearch.CrossLingual.Glossary.glossary.tsv";

    private static readonly Lazy<IReadOnlyList<GlossaryEntry>> Shipped = new(() =>
    {
        using var resource = typeof(GlossaryFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The GovSearch assembly lacks its resource {ResourceName}; the package is damaged.");
        using var reader = new StreamReader(resource, Encoding.UTF8);
        return Read(reader, ResourceName);
    });

    /// <summary>The glossary shipped inside the package; read once.</summary>
    public static IReadOnlyList<GlossaryEntry> LoadShipped() => Shipped.Value;

    /// <summary>Reads a user's glossary file.</summary>
    /// <exception cref="TranslationFileException">The file is missing, unreadable or malformed; the message names the file and line.</exception>
    public static IReadOnlyList<GlossaryEntry> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = UserFile.Open(path, "glossary");
        var entries = Read(reader, path);
        return entries.Count > 0 ? entries : throw new TranslationFileException(path, 0, "the glossary has no entries; expected lines of 'chinese TAB english'.");
    }

    /// <summary>Reads glossary entries from text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="name">The file name used in messages.</param>
    /// <exception cref="TranslationFileException">A line is malformed.</exception>
    public static IReadOnlyList<GlossaryEntry> Read(TextReader reader, string name)
    {
        var entries = new List<GlossaryEntry>();
        foreach (var (number, fields) in UserFile.Records(reader))
        {
            if (fields.Length is < 2 or > 4)
            {
                throw new TranslationFileException(name, number, $"expected 'chinese TAB english' (optionally TAB category TAB check), {UserFile.Found(fields)}");
            }

            var chinese = fields[0].Trim();
            if (!chinese.Any(Analysis.CharClass.IsHan))
            {
                throw new TranslationFileException(name, number, $"the first field '{chinese}' must be Chinese (hold a Han character).");
            }

            var english = fields[1].Split('|').Select(e => e.Trim()).ToList();
            foreach (var rendering in english)
            {
                if (rendering.Length == 0 || !rendering.Any(char.IsAsciiLetter) || rendering.Any(Analysis.CharClass.IsHan))
                {
                    throw new TranslationFileException(name, number, $"the English rendering '{rendering}' must hold Latin letters and no Chinese; separate renderings with '|'.");
                }
            }

            entries.Add(new GlossaryEntry(chinese, english, fields.Length > 2 ? fields[2].Trim() : string.Empty, number));
        }

        return entries;
    }
}
