namespace GovSearch.Tests.Support;

/// <summary>The committed indexes of older versions (TestData/compat, see its README), copied before a test opens them,
/// so a test that writes never changes the fixture.</summary>
public static class CompatFixtures
{
    /// <summary>The folder of the compatibility fixtures.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "compat");

    /// <summary>Copies the fixture index <paramref name="name"/> into a new folder <paramref name="target"/>.</summary>
    public static string CopyIndex(string name, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Path.Combine(Folder, name)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }
}
