using GovSearch.Documents;

namespace GovSearch.Tests.Support;

/// <summary>Small documents for index tests.</summary>
public static class Docs
{
    public static GovDocument Make(string id, string title, string text, string? date = null, string? type = null, string? source = null, string? language = null) =>
        new(id)
        {
            Title = title,
            Text = text,
            Date = date is null ? null : DocumentDate.Parse(date),
            DocType = type,
            Source = source,
            Language = language,
        };

    /// <summary>A small bilingual collection with known facts.</summary>
    public static IReadOnlyList<GovDocument> Sample { get; } =
    [
        Make("zh-data", "中华人民共和国数据安全法",
            "第一章 总则\n第一条 为了规范数据处理活动，保障数据安全，促进数据开发利用，保护个人、组织的合法权益，维护国家主权、安全和发展利益，制定本法。\n第二条 在中华人民共和国境内开展数据处理活动及其安全监管，适用本法。",
            "2021-06-10", "law", "全国人民代表大会常务委员会"),
        Make("zh-report", "2015年政府工作报告",
            "一、2014年工作回顾\n过去一年，我们按照“四个全面”战略布局，推进国家治理体系和治理能力现代化。\n二、2015年工作总体部署\n全面深化改革，全面推进依法治国。",
            "2015-03-05", "report", "国务院"),
        Make("zh-plain", "关于全面加强基层建设的意见",
            "全面加强基层组织建设，全面提高服务水平。各地要全面落实责任。",
            "2016-05-01", "regulation", "国务院"),
        Make("en-sotu", "State of the Union Address (1992)",
            "We must modernize the governance of our cities. The people's government serves the people.\nCongress should pass the budget this year.",
            "1992-01-28", "speech", "The White House"),
        Make("en-udhr", "Universal Declaration of Human Rights",
            "Article 1 All human beings are born free and equal in dignity and rights.\nArticle 2 Everyone is entitled to all the rights and freedoms set forth in this Declaration.",
            "1948-12-10", "declaration", "United Nations"),
        Make("mixed", "Bilingual note on 国家治理",
            "The Fourth Plenum discussed 国家治理体系和治理能力现代化, that is, the modernization of national governance.\n会议强调 rule of law 的重要性。",
            null, "other", "Xinhua"),
    ];
}
