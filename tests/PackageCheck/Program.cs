// The consumer check: compiled in a brand-new console app that references GovSearch from the packed feed only.
// Run by .ci/package-check; exits non-zero if anything a user relies on is missing or wrong.
using GovSearch;

var folder = Path.Combine(Path.GetTempPath(), "govsearch-consumer-" + Guid.NewGuid().ToString("N"));
var failures = new List<string>();
void Check(bool ok, string what)
{
    Console.WriteLine((ok ? "ok   " : "FAIL ") + what);
    if (!ok)
    {
        failures.Add(what);
    }
}

try
{
    using var index = GovSearchIndex.Create(folder);
    await index.AddRangeAsync(
    [
        new GovDocument("zh-law")
        {
            Title = "中华人民共和国数据安全法",
            Text = "第一条 为了规范数据处理活动，保障数据安全，促进数据开发利用，保护个人、组织的合法权益，制定本法。\n第二条 在中华人民共和国境内开展数据处理活动及其安全监管，适用本法。",
            DocType = "law",
            Date = DocumentDate.Parse("2021-06-10"),
        },
        new GovDocument("en-udhr")
        {
            Title = "Universal Declaration of Human Rights",
            Text = "Article 1 All human beings are born free and equal in dignity and rights.\nArticle 2 Everyone is entitled to all the rights and freedoms set forth in this Declaration.",
            DocType = "declaration",
        },
        new GovDocument("zh-report")
        {
            Title = "政府工作报告",
            Text = "推进国家治理体系和治理能力现代化，加强数据安全保护，保障人民权利。",
            DocType = "report",
        },
    ]);
    await index.CommitAsync();

    var chinese = await index.SearchAsync("數據安全");
    var english = await index.SearchAsync("human rights");
    foreach (var hit in chinese.Hits.Concat(english.Hits))
    {
        Console.WriteLine($"  {hit.Rank}. {hit.Id} {hit.Title} {hit.Score:F2} {hit.Passages.FirstOrDefault()?.Snippet}");
    }

    Check(chinese.Hits.FirstOrDefault()?.Id == "zh-law", "a traditional Chinese query finds the simplified law first");
    Check(english.Hits.FirstOrDefault()?.Id == "en-udhr", "an English query finds the declaration first");
    Check(chinese.Facets.DocTypes.Count > 0, "facets are counted");

    var topics = await index.TrainTopicsAsync(new TopicModelOptions
    {
        NumberOfTopics = 2,
        Iterations = 20,
        MinimumDocumentFrequency = 1,
        MaximumDocumentFrequencyShare = 1,
    });
    foreach (var topic in topics)
    {
        Console.WriteLine($"  topic {topic.Id} {topic.Label} {topic.Weight:P0}");
    }

    Check(topics.Count == 2 && topics.All(t => t.TopWords.Count > 0), "topics are trained with the native LDA library");
    var hybrid = await index.SearchAsync("数据安全", new SearchOptions { Mode = SearchMode.Hybrid });
    Check(hybrid.Hits.Count > 0 && hybrid.Hits[0].Topics.Count > 0, "hybrid search returns hits with topics");
}
finally
{
    if (Directory.Exists(folder))
    {
        Directory.Delete(folder, recursive: true);
    }
}

Console.WriteLine(failures.Count == 0 ? "consumer check passed" : $"consumer check FAILED: {string.Join("; ", failures)}");
return failures.Count == 0 ? 0 : 1;
