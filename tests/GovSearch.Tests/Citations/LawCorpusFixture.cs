using System.Text.Json;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Citations;

/// <summary>
/// An index on disk of real laws with several versions (docs.jsonl and versions.jsonl: the Company Law of 2018 and
/// 2023, the Legislation Law of 2015 and 2023, the Civil Procedure Law of 2021 and 2023, the Anti-Monopoly Law of 2007
/// and 2022, the Supreme People's Court's interpretation of the Civil Procedure Law of 2020, 2022-04-01 and
/// 2022-04-02) and four judicial interpretations that cite them, copied line for line into one JSONL file.
/// </summary>
public sealed class LawCorpusFixture : IAsyncLifetime
{
    /// <summary>The titles whose every version is indexed.</summary>
    private static readonly string[] Titles =
    [
        "中华人民共和国公司法", "中华人民共和国立法法", "中华人民共和国民事诉讼法", "中华人民共和国反垄断法",
        "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释",
    ];

    /// <summary>Citing documents: 公司法时间效力 (2024), 公司法规定（二） (2008), 指令再审 (2015), 垄断纠纷 (2020).</summary>
    public static readonly string[] Citing = ["lrb-7336e250547a9e03", "lrb-feb68c879b183d61", "lrb-37ed60114b8f805b", "lrb-b830a6155edde513"];

    public const string CompanyLaw2018 = "lrb-bc2bcaec19bcd08f";
    public const string CompanyLaw2023 = "lrb-2dbfe2d0c173adb0";
    public const string LegislationLaw2015 = "lrb-7f023e7352b9a8db";
    public const string LegislationLaw2023 = "lrb-99c87fbb5c7c6539";

    private readonly TempFolder _folder = new();

    /// <summary>The JSONL file the index was built from.</summary>
    public string Corpus => _folder.File("laws.jsonl");

    /// <summary>The index folder.</summary>
    public string IndexPath => _folder.File("index");

    public int Documents { get; private set; }

    public async Task InitializeAsync()
    {
        var lines = new List<string>();
        foreach (var file in new[] { "docs.jsonl", "versions.jsonl" })
        {
            foreach (var line in File.ReadLines(TestCorpus.Require(file)))
            {
                using var json = JsonDocument.Parse(line);
                var id = json.RootElement.GetProperty("id").GetString()!;
                var title = json.RootElement.GetProperty("title").GetString()!;
                if (Titles.Contains(title) || Citing.Contains(id))
                {
                    lines.Add(line);
                }
            }
        }

        await File.WriteAllLinesAsync(Corpus, lines);
        using var index = GovSearchIndex.Create(IndexPath, new GovSearchIndexOptions { IndexingThreads = 1 });
        var loader = new DocumentLoader();
        var documents = new List<GovDocument>();
        await foreach (var document in loader.LoadAsync(Corpus))
        {
            documents.Add(document);
        }

        Documents = await index.AddRangeAsync(documents);
        await index.CommitAsync();
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
