using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Tests.Support;
using Xunit.Abstractions;

namespace GovSearch.Tests.Querying;

/// <summary>Quality on real data: every document of dev.jsonl is found by its own title.</summary>
public sealed class CorpusTitleSearchTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Search_FindsEachDocumentByItsExactTitleInTopThree()
    {
        var documents = await CorpusReader.LoadAsync("dev.jsonl");
        using var index = GovSearchIndex.CreateInMemory();
        await index.AddRangeAsync(documents);
        await index.CommitAsync();

        var found = new Dictionary<string, (int Hits, int Total)>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var results = await index.SearchAsync(document.Title, new() { Limit = 3, IncludeFacets = false, PassagesPerHit = 0 });
            var group = document.Language == DocumentLanguages.English ? "en" : "zh";
            var (hits, total) = found.GetValueOrDefault(group);
            var inTop = results.Hits.Any(h => h.Id == document.Id);
            found[group] = (hits + (inTop ? 1 : 0), total + 1);
            if (!inTop)
            {
                output.WriteLine($"missed {document.Id} '{document.Title}': top {string.Join(", ", results.Hits.Select(h => h.Id))}");
            }
        }

        foreach (var (group, (hits, total)) in found)
        {
            output.WriteLine($"{group}: {hits}/{total} = {(double)hits / total:P1}");
            Assert.True(hits >= total * 0.95, $"{group}: only {hits} of {total} documents were in the top 3 for their own title.");
        }

        Assert.Equal(["en", "zh"], found.Keys.Order(StringComparer.Ordinal));
    }
}
