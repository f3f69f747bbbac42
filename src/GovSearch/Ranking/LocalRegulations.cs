using System.Text.RegularExpressions;
using GovSearch.Querying;
using Lucene.Net.Search;

namespace GovSearch.Ranking;

/// <summary>
/// Lowers the local regulations among the top candidates of a query that names no place
/// (<see cref="SearchOptions.LocalRegulationPenalty"/>). A question that does not say where it is asked wants the
/// national rule: the law or State Council regulation, not one of the provincial and municipal 条例 and 实施办法 that
/// repeat its wording (a province's 预防和制止家庭暴力条例 uses 家庭暴力 more often than the 反家庭暴力法 does). A local
/// regulation is a document of type <c>regulation</c> whose title opens with a place: a province-level name (上海,
/// 浙江, 内蒙古 ...), two or three characters before 市, or a name before 自治州, 自治县, 自治区 or 经济特区. A query
/// that holds the place's name (上海 消费者权益保护条例) keeps its local documents where they were.
/// </summary>
internal static partial class LocalRegulations
{
    /// <summary>The document type that local regulations (地方性法规) are indexed with.</summary>
    private const string RegulationType = "regulation";

    /// <summary>The title opens with a place: a province-level name, a city before 市, or an autonomous area or special zone.</summary>
    [GeneratedRegex(@"^(?:(?<p>北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)|(?<p>\p{IsCJKUnifiedIdeographs}{2,3})市|(?<p>\p{IsCJKUnifiedIdeographs}{2,6}?)(?:自治州|自治县|自治区|经济特区))")]
    private static partial Regex PlacePattern();

    /// <summary>Words that open titles before 市 or 自治 without being a place: 城市 (城市市容和环境卫生管理条例), 中华 and 关于.</summary>
    private static readonly string[] NotPlaces = ["城市", "中华", "关于"];

    /// <summary>The place a document's title opens with when the document is a local regulation; otherwise <see langword="null"/>.</summary>
    /// <param name="title">The document's title.</param>
    /// <param name="docType">The document's type.</param>
    public static string? PlaceOf(string title, string? docType)
    {
        if (!IsRegulation(docType) || PlacePattern().Match(title) is not { Success: true } match)
        {
            return null;
        }

        var place = match.Groups["p"].Value;
        return NotPlaces.Any(n => place.StartsWith(n, StringComparison.Ordinal)) ? null : place;
    }

    private static bool IsRegulation(string? docType) => string.Equals(docType?.Trim(), RegulationType, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The top <paramref name="depth"/> candidates re-ordered after each local regulation whose place
    /// <paramref name="normalizedQuery"/> does not hold loses <paramref name="penalty"/> of its score (ties in the order
    /// they came), then the rest as they were.
    /// </summary>
    public static IEnumerable<ScoreDoc> Rerank(IndexSearcher searcher, string normalizedQuery, ScoreDoc[] ranked, int depth, float penalty)
    {
        var top = ranked.Take(depth).ToArray();
        if (top.Length == 0)
        {
            return ranked;
        }

        var fields = new HitFields(searcher.IndexReader);
        var scores = top.Select(c => UnnamedPlace(fields, c.Doc, normalizedQuery) is not null ? c.Score * (1 - penalty) : c.Score).ToArray();
        return Enumerable.Range(0, top.Length)
            .OrderByDescending(i => scores[i]).ThenBy(i => i)
            .Select(i => new ScoreDoc(top[i].Doc, scores[i]))
            .Concat(ranked.Skip(top.Length));
    }

    /// <summary>The place of a local regulation that <paramref name="normalizedQuery"/> does not name; <see langword="null"/> for any other document.</summary>
    /// <remarks>A local regulation whose title holds the whole query (消费者权益保护法 in 北京市实施《中华人民共和国消费者权益保护法》办法)
    /// is not lowered either: the query names it, as it names the law it carries out.</remarks>
    public static string? UnnamedPlace(HitFields fields, int doc, string normalizedQuery)
    {
        // The type first: most candidates are not regulations, and their titles need not be read.
        var docType = fields.DocType(doc);
        if (!IsRegulation(docType))
        {
            return null;
        }

        var title = fields.Title(doc);
        return PlaceOf(title, docType) is { } place && !normalizedQuery.Contains(place, StringComparison.Ordinal)
            && !(normalizedQuery.Length > 0 && RankingQuery.Normalize(title).Contains(normalizedQuery, StringComparison.Ordinal)) ? place : null;
    }
}
