using System.Text.Json;
using GovSearch.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GovSearch.Tests.Schema;

/// <summary>
/// dev.jsonl indexed twice: by this build into a new index (token spans in doc values, no offsets in the postings) and
/// into a copy of TestData/compat/index-text-storage2 (written by `main` at about 1887959, offsets in the postings) whose
/// own documents were deleted and merged away, so both hold the same documents with the same statistics.
/// </summary>
public sealed class TextOffsetsFixture : IAsyncLifetime
{
    private readonly TempFolder _temp = new();

    /// <summary>The new index (token spans).</summary>
    public string SpansPath => _temp.File("spans");

    /// <summary>The index that keeps offsets in its postings.</summary>
    public string PostingsPath => _temp.File("postings");

    /// <summary>The documents of dev.jsonl.</summary>
    public IReadOnlyList<GovDocument> Documents { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Documents = File.ReadLines(TestCorpus.Require("dev.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => new GovDocument(e.GetProperty("id").GetString()!)
            {
                Title = e.GetProperty("title").GetString()!,
                Text = e.GetProperty("text").GetString()!,
                Language = e.GetProperty("lang").GetString(),
                DocType = e.GetProperty("doc_type").GetString(),
                Date = DocumentDate.TryParse(e.GetProperty("date").GetString(), out var date) ? date : null,
            })
            .ToList();

        using (var index = GovSearchIndex.Create(SpansPath))
        {
            await index.AddRangeAsync(Documents);
            await index.CommitAsync();
        }

        CompatFixtures.CopyIndex("index-text-storage2", PostingsPath);
        var old = File.ReadLines(Path.Combine(CompatFixtures.Folder, "documents.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!)
            .ToList();
        using (var index = GovSearchIndex.Open(PostingsPath))
        {
            foreach (var id in old)
            {
                Assert.True(await index.DeleteAsync(id));
            }

            await index.AddRangeAsync(Documents);
            await index.CommitAsync();
        }

        using var directory = FSDirectory.Open(new DirectoryInfo(PostingsPath));
        var userData = DirectoryReader.ListCommits(directory).Last().UserData;
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null) { OpenMode = OpenMode.APPEND });
        writer.ForceMerge(1);
        writer.SetCommitData(userData);
        writer.Commit();
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
