using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Querying;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Querying;

/// <summary>
/// A user's own glossary and parallel text (<see cref="GovSearchIndexOptions.GlossaryFiles"/>,
/// <see cref="GovSearchIndexOptions.ParallelTextFiles"/>) change what a cross-lingual search finds; a bad file fails the open
/// with its name and line; and the shipped glossary carries law names and everyday English words across.
/// </summary>
public sealed class UserTranslationSearchTests : IDisposable
{
    private static readonly SearchOptions Only = new() { CrossLingual = CrossLingualMode.Only, PassagesPerHit = 0 };

    private static readonly GovDocument[] Documents =
    [
        Docs.Make("zh-reform", "关于国有企业的决定", "全面深化改革，推进国有企业改革。", language: "zh"),
        Docs.Make("zh-meta", "关于元宇宙产业的意见", "支持元宇宙产业有序发展。", language: "zh"),
        Docs.Make("zh-pipl", "个人信息保护法", "为了保护个人信息权益，规范个人信息处理活动，制定本法。", language: "zh"),
        Docs.Make("en-restructuring", "A note on restructuring", "The restructuring of state firms continues this year.", language: "en"),
        Docs.Make("en-rule", "Speech on governance", "We uphold the rule of law and the constitution.", language: "en"),
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task UserGlossary_ChangesATranslation()
    {
        var glossary = _folder.File("mine.tsv");
        File.WriteAllLines(glossary, ["# my glossary", "改革\trestructuring"]);

        using var plain = await BuildAsync(new GovSearchIndexOptions());
        using var withGlossary = await BuildAsync(new GovSearchIndexOptions { GlossaryFiles = [glossary] });
        var before = await plain.SearchAsync("改革", Only);
        var after = await withGlossary.SearchAsync("改革", Only);

        Assert.DoesNotContain(before.Hits, h => h.Id == "en-restructuring");
        Assert.Equal("en-restructuring", after.Hits[0].Id);
        Assert.Contains(after.Hits[0].Translations, t => t.Source == "改革" && t.Target == "restructur");
    }

    [Fact]
    public async Task UserParallelText_AddsAPair()
    {
        var parallel = _folder.File("pairs.tsv");
        File.WriteAllLines(parallel,
        [
            "元宇宙是新的产业。\tThe metaverse is a new industry.",
            "我们研究元宇宙技术。\tWe study metaverse technology.",
            "元宇宙需要规则。\tThe metaverse needs rules.",
            "企业投资元宇宙。\tFirms invest in the metaverse.",
        ]);

        using var plain = await BuildAsync(new GovSearchIndexOptions());
        using var withPairs = await BuildAsync(new GovSearchIndexOptions { ParallelTextFiles = [parallel] });
        var before = await plain.SearchAsync("metaverse", Only);
        var after = await withPairs.SearchAsync("metaverse", Only);

        Assert.Empty(before.Hits);
        Assert.Equal("zh-meta", after.Hits[0].Id);
        Assert.Contains(after.Hits[0].Translations, t => t.Source == "metavers");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void BadUserFile_FailsTheOpenNamingFileAndLine(bool glossary)
    {
        var file = _folder.File("bad.tsv");
        File.WriteAllLines(file, ["改革\treform", "no tab on this line"]);
        var options = glossary ? new GovSearchIndexOptions { GlossaryFiles = [file] } : new GovSearchIndexOptions { ParallelTextFiles = [file] };

        var e = Assert.Throws<TranslationFileException>(() => GovSearchIndex.CreateInMemory(options));

        Assert.Equal(file, e.FilePath);
        Assert.Equal(2, e.Line);
        Assert.StartsWith($"{file}:2: expected 'chinese TAB english'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFilePath_IsRefusedByValidate()
    {
        var e = Assert.Throws<ArgumentException>(() => new GovSearchIndexOptions { GlossaryFiles = [""] }.Validate());

        Assert.Contains("GovSearchIndexOptions.GlossaryFiles", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShippedGlossary_CarriesALawNameAcross_OnlyWhenItsWeightIsAboveZero()
    {
        using var index = await BuildAsync(new GovSearchIndexOptions());

        var glossary = await index.SearchAsync("Personal Information Protection Law", Only);
        var learnedOnly = await index.SearchAsync("Personal Information Protection Law", Only with { GlossaryWeight = 0 });

        Assert.Equal("zh-pipl", glossary.Hits[0].Id);
        Assert.Contains(glossary.Hits[0].Translations, t => t.Source == "person inform protect law");
        Assert.DoesNotContain(learnedOnly.Hits.SelectMany(h => h.Translations), t => t.Source == "person inform protect law");
    }

    [Fact]
    public async Task ShippedGlossary_FindsAPhraseDespiteItsStopWords()
    {
        using var index = await BuildAsync(new GovSearchIndexOptions());

        var results = await index.SearchAsync("法治", Only);

        Assert.Equal("en-rule", results.Hits[0].Id);
    }

    [Fact]
    public void GlossaryWeight_OutOfRange_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => (Only with { GlossaryWeight = 1.5f }).Validate());

        Assert.Contains("GlossaryWeight", e.Message, StringComparison.Ordinal);
        Assert.Contains("between 0 and 1", e.Message, StringComparison.Ordinal);
    }

    private static async Task<GovSearchIndex> BuildAsync(GovSearchIndexOptions options)
    {
        var index = GovSearchIndex.CreateInMemory(options);
        await index.AddRangeAsync(Documents);
        await index.CommitAsync();
        return index;
    }
}
