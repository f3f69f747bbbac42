using System.Globalization;

namespace GovSearch.ReliabilityHost;

/// <summary>
/// An append-only record of what the writer committed, flushed to disk after every line: <c>begin N</c> before a commit
/// that will leave N documents, <c>done N</c> after it returned. The checker reads it after a kill: the index must hold
/// the last <c>done</c> count, or the count of a <c>begin</c> that followed it (killed after the commit landed).
/// </summary>
public sealed class Journal(string path)
{
    public void Write(string what, long count)
    {
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        var line = System.Text.Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{what} {count}\n"));
        stream.Write(line);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>The lines so far, as (what, count); a line cut by a kill is ignored.</summary>
    public static IReadOnlyList<(string What, long Count)> Read(string path) =>
        !File.Exists(path)
            ? []
            : File.ReadAllText(path).Split('\n')
                .Select(l => l.Split(' '))
                .Where(p => p.Length == 2 && long.TryParse(p[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
                .Select(p => (p[0], long.Parse(p[1], CultureInfo.InvariantCulture)))
                .ToList();
}
