using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Indexing;

/// <summary>No document id ever becomes a file path: path-like ids are refused, and the ids that are allowed
/// (with '/' inside) write nothing outside the index folder.</summary>
public sealed class DocumentIdPathTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task PathLikeIds_AreRefused_AndNoIdWritesOutsideTheIndexFolder()
    {
        var marker = "escape-" + Guid.NewGuid().ToString("N");
        var index = Path.Combine(_folder.Path, "a", "b", "index");
        File.WriteAllText(_folder.File("keep.txt"), "keep");
        string[] refused =
        [
            $"../../{marker}", $"../{marker}", $"a/../../../{marker}", $"..\\..\\{marker}", $"/tmp/{marker}", $"\\{marker}",
            $"{marker}\0.txt", $"{marker}\n", new string('x', 10_000),
        ];
        string[] allowed = [$"law/2020/{marker}", $"..{marker}", $"{marker}/..x/y.", $"中国/宪法/{marker}"];

        using (var opened = GovSearchIndex.Create(index))
        {
            foreach (var id in refused)
            {
                var error = await Assert.ThrowsAsync<InvalidDocumentException>(() => opened.AddAsync(new GovDocument(id) { Text = "escape " + marker }));
                Assert.Equal(id, error.Id);
                Assert.StartsWith("Document id '", error.Message, StringComparison.Ordinal);
            }

            foreach (var id in allowed)
            {
                await opened.AddAsync(new GovDocument(id) { Title = id, Text = "stays inside the index" });
            }

            await opened.CommitAsync();
            Assert.False(await opened.DeleteAsync(refused[0]));
            Assert.Null(await opened.GetAsync(refused[0]));
            Assert.Equal(
                allowed.Order(StringComparer.Ordinal),
                (await opened.SearchAsync("stays inside the index")).Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        }

        // Every file under the temp folder is the test's own or inside the index folder, none is named after an id, and
        // nothing named after the marker exists anywhere a relative or absolute id could reach.
        var files = Directory.EnumerateFileSystemEntries(_folder.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_folder.Path, f).Replace('\\', '/'))
            .Where(f => f is not ("a" or "a/b" or "a/b/index" or "keep.txt"))
            .ToList();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.StartsWith("a/b/index/", f, StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.Contains(marker, StringComparison.Ordinal) || f.Contains("law", StringComparison.Ordinal));
        Assert.Equal("keep", File.ReadAllText(_folder.File("keep.txt")));
        Assert.False(File.Exists(Path.Combine("/tmp", marker)));
        Assert.False(File.Exists(Path.Combine(Environment.CurrentDirectory, "..", "..", marker)));
        Assert.False(File.Exists(Path.Combine(Environment.CurrentDirectory, "..", marker)));
    }
}
