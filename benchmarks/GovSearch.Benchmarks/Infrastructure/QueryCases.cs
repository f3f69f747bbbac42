namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>The fixed query set of the query and cold-start benchmarks.</summary>
public static class QueryCases
{
    /// <summary>Every query, one or two per kind.</summary>
    public static IReadOnlyList<QueryCase> All { get; } =
    [
        new("zh", "国务院 改革", "国务院 改革"),
        new("zh", "加强生态环境保护", "加强生态环境保护"),
        new("en", "economic growth", "economic growth"),
        new("en", "freedom of the press", "freedom of the press"),
        new("mixed", "改革 OR reform", "改革 reform"),
        new("phrase", "\"社会主义市场经济\"", "社会主义市场经济") { Phrase = true },
        new("phrase", "\"human rights\"", "human rights") { Phrase = true },
        new("slogan", "四个全面", "四个全面"),
        new("filter", "lang:en year:2000..2020 economy", "economy") { Language = "en", FromYear = 2000, ToYear = 2020 },
        new("filter", "type:regulation year:2010..2020 安全", "安全") { DocType = "regulation", FromYear = 2010, ToYear = 2020 },
        new("facet", "中华人民共和国", "中华人民共和国"),
        new("facet", "lang:zh", string.Empty) { Language = "zh" },
    ];

    /// <summary>The query the cold-start benchmark answers first.</summary>
    public static QueryCase First => All[0];
}
