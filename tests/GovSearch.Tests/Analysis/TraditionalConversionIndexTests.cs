using GovSearch.Analysis;
using GovSearch.Storage;
using GovSearch.Tests.Support;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Store;
using Lucene.Net.Util;
using IndexWriter = Lucene.Net.Index.IndexWriter;
using IndexWriterConfig = Lucene.Net.Index.IndexWriterConfig;
using OpenMode = Lucene.Net.Index.OpenMode;

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
    public async Task AnIndexBuiltWithOtherTables_KeepsRecordingThemAfterNewDocuments_UntilRebuilt()
    {
        using var folder = new TempFolder();
        var path = folder.File("index");
        using (var writer = GovSearchIndex.Create(path))
        {
            await writer.AddAsync(Docs.Make("old", "地方法規審查", "書面答覆。", language: "zh"));
            await writer.CommitAsync();
        }

        // As an older GovSearch with other tables would have left it.
        using (var directory = FSDirectory.Open(path))
        using (var lucene = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48)) { OpenMode = OpenMode.APPEND }))
        {
            var data = new Dictionary<string, string>(lucene.CommitData) { [IndexManifest.TraditionalConversionKey] = "0123456789abcdef" };
            lucene.SetCommitData(data);
            lucene.Commit();
        }

        using (var writer = GovSearchIndex.Open(path, new GovSearchIndexOptions { ReadOnly = false }))
        {
            await writer.AddAsync(Docs.Make("new", "咨询服务规定", "提供法律咨询服务。", language: "zh"));
            await writer.CommitAsync();
            Assert.Equal("0123456789abcdef", writer.GetStatistics().TraditionalConversion);
        }

        using var reopened = GovSearchIndex.Open(path);
        Assert.Equal("0123456789abcdef", reopened.GetStatistics().TraditionalConversion);
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
