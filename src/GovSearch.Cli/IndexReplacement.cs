using GovSearch.Indexing;
using GovSearch.Storage;

namespace GovSearch.Cli;

/// <summary>
/// --rebuild: the new index is built beside the old one and swapped in only when complete, so a failed or
/// cancelled rebuild leaves the old index as it was. Only a GovSearch index (or an empty folder) is ever replaced.
/// </summary>
internal static class IndexReplacement
{
    public static string Prepare(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            // Throws IndexFormatException for anything that is not a GovSearch index, so nothing else is deleted.
            try
            {
                GovSearchIndex.Open(full, new IndexOptions { ReadOnly = true }).Dispose();
            }
            catch (IndexFormatException e) when (e.FoundSchemaVersion is not null)
            {
                // A GovSearch index of another schema version: rebuilding is the cure.
            }
        }

        var building = full.TrimEnd(Path.DirectorySeparatorChar) + ".rebuild";
        if (Directory.Exists(building))
        {
            Directory.Delete(building, recursive: true);
        }

        return building;
    }

    public static void Commit(string building, string folder)
    {
        var full = Path.GetFullPath(folder);
        var old = full.TrimEnd(Path.DirectorySeparatorChar) + ".old";
        if (Directory.Exists(full))
        {
            Directory.Move(full, old);
        }

        Directory.Move(building, full);
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }
}
