using GovSearch.Analysis;
using GovSearch.Analysis.Segmentation;
using GovSearch.Storage;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Analysis.Segmentation;

/// <summary>Switching the segmenter changes no token, and the manifest records which one wrote a commit.</summary>
public sealed class SegmenterSwitchTests
{
    [Fact]
    public void Default_IsTheFastSegmenter()
    {
        Assert.Equal(HanSegmenterKind.Fast, AnalysisOptions.Default.Segmenter);
    }

    [Fact]
    public async Task Analyzer_GivesTheSameTokensWithEitherSegmenterOnDev()
    {
        var smartCn = AnalysisOptions.Default with { Segmenter = HanSegmenterKind.SmartCn };
        var documents = await CorpusReader.LoadAsync("dev.jsonl");
        foreach (var mode in new[] { AnalysisMode.Index, AnalysisMode.Query })
        {
            using var fast = new GovAnalyzer(AnalysisOptions.Default, mode);
            using var slow = new GovAnalyzer(smartCn, mode);
            foreach (var document in documents)
            {
                var expected = AnalyzerHarness.Tokens(slow, document.Text, out var expectedEnd);
                var actual = AnalyzerHarness.Tokens(fast, document.Text, out var actualEnd);

                Assert.Equal(expected, actual);
                Assert.Equal(expectedEnd, actualEnd);
            }
        }
    }

    [Fact]
    public void Fingerprint_DoesNotDependOnTheSegmenter()
    {
        var smartCn = AnalysisOptions.Default with { Segmenter = HanSegmenterKind.SmartCn };

        Assert.Equal(AnalysisOptions.Default.Describe(), smartCn.Describe());
        Assert.Equal(AnalysisOptions.Default.Fingerprint(), smartCn.Fingerprint());
    }

    [Theory]
    [InlineData(false, "govsearch-hhmm")]
    [InlineData(true, "smartcn-hhmm")]
    public void Manifest_RecordsTheSegmenterThatWroteTheCommit(bool smartCn, string name)
    {
        var kind = smartCn ? HanSegmenterKind.SmartCn : HanSegmenterKind.Fast;
        var manifest = new IndexManifest(IndexManifest.CurrentSchemaVersion, AnalysisOptions.Default with { Segmenter = kind });

        var data = manifest.ToUserData();
        var read = IndexManifest.FromUserData("index", data);

        Assert.Equal(name, data[IndexManifest.SegmenterKey]);
        Assert.Equal(name, read.SegmenterName);
    }

    [Fact]
    public void Manifest_WithoutTheKeyReadsAsSmartCn()
    {
        var data = new IndexManifest(IndexManifest.CurrentSchemaVersion, AnalysisOptions.Default).ToUserData();
        data.Remove(IndexManifest.SegmenterKey);

        var read = IndexManifest.FromUserData("index", data);

        Assert.Equal(IndexManifest.SmartCnSegmenterName, read.SegmenterName);
    }
}
