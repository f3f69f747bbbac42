using GovSearch.Documents;

namespace GovSearch.Tests.Support;

/// <summary>Loads corpus files into memory for tests.</summary>
public static class CorpusReader
{
    /// <summary>All documents of a corpus file, failing on any bad record.</summary>
    public static async Task<List<GovDocument>> LoadAsync(string file)
    {
        var loader = new DocumentLoader(new DocumentLoadOptions { ErrorMode = LoadErrorMode.Fail });
        var documents = new List<GovDocument>();
        await foreach (var document in loader.LoadAsync(TestCorpus.Require(file)))
        {
            documents.Add(document);
        }

        return documents;
    }
}
