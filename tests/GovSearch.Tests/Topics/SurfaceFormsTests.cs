using GovSearch.Analysis;
using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Tests.Support;
using GovSearch.Topics;

namespace GovSearch.Tests.Topics;

/// <summary>Topic words are shown as people write them: the most frequent surface form of each English stem.</summary>
public sealed class SurfaceFormsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Find_GivesEachStemItsMostFrequentLowerCaseForm()
    {
        using var tokenizer = new TopicTokenizer(AnalysisOptions.Default);
        string[] texts =
        [
            "The People of this Country govern the country; countries and peoples differ.",
            "People everywhere love their country. Governance matters to people.",
        ];
        var stems = new[] { "countri", "peopl", "govern" };
        Assert.All(new[] { "country", "people", "governance" }.Zip(stems), p => Assert.Equal(p.Second, tokenizer.Stem(p.First)));

        var forms = SurfaceForms.Find(texts, stems, tokenizer.Stem);

        Assert.Equal("country", forms["countri"]);
        Assert.Equal("people", forms["peopl"]);
        Assert.Equal("govern", forms["govern"]); // "govern" and "governance" once each: the shorter wins the tie.
    }

    [Fact]
    public void Apply_ReplacesStemsInWordsAndLabel_AndKeepsChineseAndUnknownStems()
    {
        var topic = new TopicDescription(0, "countri · 数据 · xyzzi", [new("countri", 0.5), new("数据", 0.3), new("xyzzi", 0.2)], 1);

        var applied = SurfaceForms.Apply([topic], new Dictionary<string, string> { ["countri"] = "country" }).Single();

        Assert.Equal("country · 数据 · xyzzi", applied.Label);
        Assert.Equal(["country", "数据", "xyzzi"], applied.TopWords.Select(w => w.Word));
        Assert.Equal([0.5, 0.3, 0.2], applied.TopWords.Select(w => w.Weight));
    }

    [Fact]
    public async Task GetTopics_OnEnglishTexts_ShowsWordsNotStems()
    {
        string[] civic = ["The people of the country elect their government.", "Every country serves its people and communities.", "People in the country vote for policies and government."];
        string[] nature = ["Rivers and forests need protection from pollution.", "Forests, rivers and wildlife face pollution.", "Protection of rivers keeps forests and wildlife safe."];
        using var index = GovSearchIndex.Create(_folder.File("english"));
        for (var i = 0; i < 12; i++)
        {
            var text = string.Join(" ", (i % 2 == 0 ? civic : nature).Select((s, j) => (s, j)).Where(p => p.j != i % 3).Select(p => p.s));
            await index.AddAsync(Docs.Make($"doc-{i:D2}", i % 2 == 0 ? "Country and people" : "Rivers and forests", text, language: "en"));
        }

        await index.CommitAsync();
        await index.TrainTopicsAsync(new TopicModelOptions { NumberOfTopics = 2, Iterations = 40, Threads = 1, MinimumDocumentFrequency = 2 });

        var words = index.GetTopics().SelectMany(t => t.TopWords).Select(w => w.Word).ToList();

        Assert.Contains("country", words);
        Assert.Contains("people", words);
        Assert.DoesNotContain("countri", words);
        Assert.DoesNotContain("peopl", words);
        Assert.DoesNotContain(index.GetTopics(), t => t.Label.Contains("countri", StringComparison.Ordinal) || t.Label.Contains("peopl ", StringComparison.Ordinal));
    }
}
