using GovSearch.Analysis;
using GovSearch.Indexing;
using GovSearch.Ranking;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Ranking;

/// <summary>
/// The learned ranker's features on a small fixture, as <see cref="GovSearchIndex.ExplainAsync"/> shows them with
/// <see cref="SearchOptions.LearnedRanking"/> on: each one computed as the Ranking README documents it.
/// </summary>
public sealed class RankingFeatureTests : IAsyncLifetime
{
    private const string Query = "privacy protection";

    private static readonly SearchOptions Learned = new() { LearnedRanking = true, PassagesPerHit = 0, IncludeFacets = false };

    private static readonly IReadOnlyList<GovDocument> Documents =
    [
        Docs.Make("near", "Privacy Protection Act", "Privacy protection matters. Other words follow here.", "2020-05-14", "law", language: "en"),
        Docs.Make("far", "Data Rules", "Privacy alpha beta gamma protection.", type: "memo", language: "en"),
        Docs.Make("split", "Notes on Records", "Privacy privacy here.\nProtection there.", "1999", "speech", language: "en"),
        Docs.Make("one", "Privacy Notes", "Privacy only here.", "2001", "report", language: "en"),
        Docs.Make("overtime", "加班规定", "用人单位安排劳动者延长工作时间的，应当支付工资报酬。", "2018", "regulation", language: "zh"),
    ];

    private GovSearchIndex _index = null!;

    public async Task InitializeAsync()
    {
        _index = GovSearchIndex.CreateInMemory(new GovSearchIndexOptions { Analysis = AnalysisOptions.Default with { CharacterBigrams = true } });
        await _index.AddRangeAsync(Documents);
        await _index.CommitAsync();
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Features_OfAnAdjacentTitleMatch_AreAsDocumented()
    {
        var features = await FeaturesAsync("near", Query);

        Assert.Equal(1, features["titleTermShare"]);
        Assert.Equal(1, features["titlePhrase"]);
        Assert.Equal(0, features["titleExact"]);
        Assert.Equal(1, features["textTermShare"]);
        Assert.Equal(1, features["proximity"]);
        Assert.Equal(1, features["bestPassage"], 5);
        Assert.True(features["textBm25"] > 0 && features["titleBm25"] > 0);
        Assert.Equal(2020, features["year"]);
        Assert.Equal((float)Math.Log(1 + Documents[0].Text.Length), features["length"], 5);
        Assert.Equal(1, features["sameLanguage"]);
        Assert.Equal(0, features["topicCosine"]);
        Assert.Equal(GovSearch.Thesaurus.GovernanceThesaurus.Shared.FindAll(Query).Count, features["layPhrases"]);
        Assert.Equal(1, features["type:law"]);
        Assert.Equal(1, RankingFeatures.DocTypes.Sum(t => features["type:" + t]));
    }

    [Fact]
    public async Task Features_Proximity_IsWordsMinusOneOverTheSmallestWindow()
    {
        var features = await FeaturesAsync("far", Query);

        Assert.Equal(0.25f, features["proximity"], 5);
        Assert.Equal(0, features["titleTermShare"]);
        Assert.Equal(0, features["year"]);
        Assert.Equal(1, features["type:other"]);
    }

    [Fact]
    public async Task Features_BestPassage_IsTheBestPassagesIdfWeightedCountOverTheQuerysIdf()
    {
        var passages = (await _index.GetAsync("split"))!.Passages;
        Assert.Equal(2, passages.Count);

        var features = await FeaturesAsync("split", Query);

        var privacy = Idf(documentsWithTerm: 4);
        var protection = Idf(documentsWithTerm: 3);
        var expected = Math.Max(privacy * (1 + Math.Log(2)), protection) / (privacy + protection);
        Assert.Equal((float)expected, features["bestPassage"], 5);
        Assert.Equal(1, features["textTermShare"]);
        Assert.Equal(1, features["type:speech"]);
    }

    [Fact]
    public async Task Features_LexicalScoreAndRank_ComeFromTheLexicalRanking()
    {
        var hits = (await _index.SearchAsync(Query, Learned with { LearnedRanking = false })).Hits;

        foreach (var hit in hits)
        {
            var explanation = (await _index.ExplainAsync(hit.Id, Query, Learned))!.Ranker!;
            Assert.Equal(hit.Rank, explanation.LexicalRank);
            Assert.Equal(1f / hit.Rank, Value(explanation, "lexicalRank"), 5);
            Assert.Equal(hit.Score / hits[0].Score, Value(explanation, "lexicalScore"), 5);
        }
    }

    [Fact]
    public async Task Features_HalfTheQueryWordsInTheText_GiveAHalfShareAndNoProximity()
    {
        var features = await FeaturesAsync("one", Query);

        Assert.Equal(0.5f, features["textTermShare"]);
        Assert.Equal(0.5f, features["titleTermShare"]);
        Assert.Equal(0, features["proximity"]);
    }

    [Fact]
    public async Task Features_BigramBm25_ScoresTheHanBigramsOnlyOnAnIndexWithBigramFields()
    {
        var withBigrams = await FeaturesAsync("overtime", "延长工作时间");
        using var plain = GovSearchIndex.CreateInMemory(new GovSearchIndexOptions { Analysis = AnalysisOptions.Default with { CharacterBigrams = false } });
        await plain.AddRangeAsync(Documents);
        await plain.CommitAsync();
        var without = (await plain.ExplainAsync("overtime", "延长工作时间", Learned))!.Ranker!;

        Assert.True(withBigrams["bigramBm25"] > 0);
        Assert.Equal(0, Value(without, "bigramBm25"));
        Assert.Equal(1, withBigrams["sameLanguage"]);
        Assert.Equal(1, withBigrams["type:regulation"]);
    }

    [Fact]
    public async Task Features_LayTerms_CountTheThesaurusWordingFoundInTheText()
    {
        var found = await FeaturesAsync("overtime", "overtime pay");
        var missing = await FeaturesAsync("near", "overtime pay");

        Assert.Equal(1, found["layPhrases"]);
        Assert.True(found["layTermShare"] > 0);
        Assert.Equal(0, found["sameLanguage"]);
        Assert.Equal(1, missing["layPhrases"]);
        Assert.Equal(0, missing["layTermShare"]);
    }

    [Fact]
    public async Task Explain_WithoutLearnedRanking_HasNoRankerView()
    {
        var explanation = await _index.ExplainAsync("near", Query);

        Assert.Null(explanation!.Ranker);
    }

    [Fact]
    public async Task Explain_ForADocumentOutsideTheCandidates_ScoresItAsTheLastCandidate()
    {
        var explanation = (await _index.ExplainAsync("overtime", Query, Learned))!.Ranker!;

        Assert.Null(explanation.LexicalRank);
        Assert.Null(explanation.LearnedRank);
        Assert.Equal(RankingFeatures.Names, explanation.Features.Select(f => f.Name));
        Assert.Equal(0, Value(explanation, "textTermShare"));
    }

    private static float Idf(int documentsWithTerm) => (float)Math.Log(1 + ((Documents.Count + 0.5) / (documentsWithTerm + 0.5)));

    private async Task<Dictionary<string, float>> FeaturesAsync(string id, string query)
    {
        var explanation = (await _index.ExplainAsync(id, query, Learned))!.Ranker!;
        return explanation.Features.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
    }

    private static float Value(RankerExplanation explanation, string name) => explanation.Features.Single(f => f.Name == name).Value;
}
