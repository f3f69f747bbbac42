using GovSearch.Analysis;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Analysis;

/// <summary>A real index on disk converts its documents and its queries with the same tables, and records which.</summary>
public sealed class TraditionalConversionIndexTests
{
    [Fact]
    public async Task TraditionalAndSimplifiedWording_FindEachOther_AndTheCommitRecordsTheTables()
    {
        using var folder = new TempFolder();
        var path = folder.File("index");
        using (var writer = GovSearchIndex.Create(path))
        {
            await writer.AddAsync(Docs.Make("trad", "地方法規審查", "與憲法相牴觸的地方法規，由常務委員會書面答覆。", language: "zh"));
            await writer.AddAsync(Docs.Make("simp", "咨询服务规定", "提供法律咨询服务，随着经济发展着力推进。", language: "zh"));
            await writer.CommitAsync();
        }

        using var index = GovSearchIndex.Open(path);

        // Each query's only matching word is one that ICU's character table alone would convert differently.
        Assert.Equal(["trad"], (await index.SearchAsync("相抵触")).Hits.Select(h => h.Id));
        Assert.Equal(["trad"], (await index.SearchAsync("答复")).Hits.Select(h => h.Id));
        Assert.Equal(["simp"], (await index.SearchAsync("諮詢")).Hits.Select(h => h.Id));
        Assert.Equal(TextNormalizer.ConversionFingerprint, index.GetStatistics().TraditionalConversion);
        Assert.Matches("^[0-9a-f]{16}$", index.GetStatistics().TraditionalConversion!);
    }

    [Fact]
    public async Task IndexKeepingTraditionalCharacters_RecordsNoConversion()
    {
        using var index = GovSearchIndex.CreateInMemory(new GovSearchIndexOptions { Analysis = AnalysisOptions.Default with { ConvertTraditional = false } });
        await index.AddAsync(Docs.Make("trad", "地方法規", "書面答覆。", language: "zh"));
        await index.CommitAsync();

        Assert.Null(index.GetStatistics().TraditionalConversion);
    }
}
