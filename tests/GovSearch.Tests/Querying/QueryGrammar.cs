using System.Globalization;
using System.Text;
using GovSearch.Querying;

namespace GovSearch.Tests.Querying;

/// <summary>
/// Hostile queries for fuzzing, each made from its own seed so a failure can be replayed: queries of the query
/// language's grammar (English, simplified and traditional Chinese, astral characters and emoji, lone surrogates,
/// phrases, operators, brackets and groups, every filter with good and bad values, year ranges valid, reversed and
/// malformed), raw random strings, mutations of grammar queries (truncated, a character inserted, deleted or
/// duplicated), and rare giants (5,000-term runs, up to 50,000 nested brackets, 5,000 filters, 20,000 Han characters,
/// queries longer than SearchOptions.MaximumQueryLength).
/// </summary>
internal static class QueryGrammar
{
    private static readonly string[] English =
    [
        "water", "policy", "governance", "law", "data", "security", "modernize", "Congress", "river", "state", "union",
        "born", "free", "the", "of", "and", "a", "COVID-19", "10:30", "U.S.", "don't", "e-mail", "ＦＵＬＬ", "café", "naïve",
    ];

    private static readonly string[] Simplified =
    [
        "数据", "安全", "数据安全", "数据安全法", "国务院", "治理", "依法治国", "全面依法治国", "四个全面", "两个维护", "税收", "加强税收",
        "国家治理体系和治理能力现代化", "中华人民共和国", "第一条", "总则", "的", "了", "和", "两个一百年", "百分之五", "3.5%", "２０２１年",
    ];

    private static readonly string[] Traditional =
    [
        "數據", "數據安全", "國務院", "依法治國", "稅收", "國家治理體系", "中華人民共和國", "經濟", "發展", "憲法", "兩個維護", "臺灣",
    ];

    private static readonly string[] Astral =
    [
        "\U00020000", "\U0002A6D6", "\U00020000\U00020001", "\U0002B740数据", "😀", "👍🏽", "👨‍👩‍👧", "🇨🇳", "𝕏", "\U000E0001",
        "\U0010FFFF", "a😀b", "数😀据",
    ];

    private static readonly string[] LoneSurrogates = ["\uD800", "\uDFFF", "\uDC00数据", "a\uD83D", "\uDE00b", "\uD840\uD840", "\uDBFF"];

    private static readonly string[] Spaces = [" ", " ", " ", " ", "  ", "\t", "\u3000", "\n", "\u00A0", "\r\n", "\u2028", "\u200B", "\u0085"];

    private static readonly string[] Operators = ["OR", "OR", "AND", "NOT", "or", "||", "&&", "!", "+", "-", "--", "~", "^2", "*", "?", "\\", ":", "::", "TO"];

    private static readonly string[] Fields = ["lang", "type", "source", "year", "topic", "LANG", "Year", "TYPE", "title", "doc_type", "date", "id", "text"];

    private static readonly string[] Languages = ["zh", "en", "zh-Hant", "zh-hant", "mixed", "ZH", "fr", "zh_Hans", "数据", "en-US", "*"];

    private static readonly string[] Types = ["law", "speech", "regulation", "report", "白皮书", "LAW", "*", "law*"];

    private static readonly string[] Sources = ["国务院", "The", "白宫", "全国人民代表大会常务委员会", "white", "國務院"];

    private static readonly string[] Years =
    [
        "2019", "2021", "1992", "2015..2020", "2020..2015", "2015..", "..1990", "..", "...", "2015...2020", "2015....2020",
        "0", "1", "9999", "10000", "99999999999", "-5", "２０１９", "2019-01-01", "abc", "2015..x", "x..2015", "1..9999",
        "9999..1", "2147483647", "2147483648", "2019..2019", " 2019", "+2019", "0x7E3", "2019.5", "2015..2020..2025",
    ];

    private static readonly string[] Topics = ["3", "0", "4", "19", "20", "999", "-1", "2147483647", "2147483648", "x", "٣", "+3", "03"];

    private static readonly string[] Brackets = ["(", ")", "[", "]", "{", "}", "（", "）", "【", "】", "「", "」", "<", ">"];

    /// <summary>The query a seed makes; the same seed always makes the same query.</summary>
    public static string Make(int seed) => Make(seed, out _);

    /// <summary>The query a seed makes, and its kind: grammar, raw, mutation or giant.</summary>
    public static string Make(int seed, out string kind)
    {
        var random = new Random(seed);
        var roll = random.Next(1000);
        if (roll < 2)
        {
            kind = "giant";
            return Giant(random);
        }

        if (roll < 600)
        {
            kind = "grammar";
            return Query(random, depth: 0);
        }

        if (roll < 750)
        {
            kind = "raw";
            return Raw(random, random.Next(1, 40));
        }

        kind = "mutation";
        return Mutate(random, Query(random, depth: 0));
    }

    /// <summary>A query of 1 to 8 items separated by white space of every kind.</summary>
    public static string Query(Random random, int depth)
    {
        var builder = new StringBuilder();
        var items = random.Next(1, 9);
        for (var i = 0; i < items; i++)
        {
            if (i > 0 || random.Next(10) == 0)
            {
                builder.Append(Pick(random, Spaces));
            }

            builder.Append(Item(random, depth));
        }

        if (random.Next(10) == 0)
        {
            builder.Append(Pick(random, Spaces));
        }

        return builder.ToString();
    }

    /// <summary>A giant: the query language's limits must answer or refuse them with a position, fast.</summary>
    public static string Giant(Random random) => random.Next(7) switch
    {
        0 => string.Join(' ', Enumerable.Range(0, 5000).Select(_ => Word(random))),
        1 => Nested(random.Next(10_000, 50_000), random.Next(2) == 0),
        2 => string.Join(' ', Enumerable.Range(0, 5000).Select(i => random.Next(2) == 0 ? Filter(random) : "type:t" + i.ToString(CultureInfo.InvariantCulture))),
        3 => string.Concat(Enumerable.Range(0, 20_000).Select(_ => (char)random.Next(0x4E00, 0x9FA6))),
        4 => string.Join(" OR ", Enumerable.Range(0, 5000).Select(_ => Word(random))),
        5 => string.Join(' ', Enumerable.Repeat("the", 5000)) + " " + string.Join(' ', Enumerable.Repeat("数据", 5000)),
        _ => Raw(random, SearchOptions.MaximumQueryLength + random.Next(1, 100)),
    };

    /// <summary>A word inside <paramref name="depth"/> opening brackets, closed or not.</summary>
    public static string Nested(int depth, bool closed) => new string('(', depth) + "数据" + (closed ? new string(')', depth) : string.Empty);

    /// <summary>A grammar query, then truncated (maybe inside a surrogate pair) or with one character inserted, deleted or duplicated.</summary>
    public static string Mutate(Random random, string query)
    {
        var at = random.Next(query.Length + 1);
        return random.Next(5) switch
        {
            0 => query[..at],
            1 => query.Insert(at, RandomChar(random)),
            2 => at < query.Length ? query.Remove(at, 1) : query[..^1],
            3 => query.Insert(at, query[at..Math.Min(query.Length, at + random.Next(1, 6))]),
            _ => query[at..],
        };
    }

    /// <summary>Random characters from every range: ASCII operators, controls, CJK, full-width, astral pairs, lone surrogates, any BMP code unit.</summary>
    public static string Raw(Random random, int length)
    {
        var builder = new StringBuilder();
        while (builder.Length < length)
        {
            builder.Append(RandomChar(random));
        }

        return builder.ToString();
    }

    private static string RandomChar(Random random) => random.Next(9) switch
    {
        0 => ((char)random.Next(0x20, 0x7F)).ToString(),
        1 => "\"-:()[]{}+*~^\\!|&/ \t"[random.Next(20)].ToString(),
        2 => ((char)random.Next(0, 0x20)).ToString(),
        3 => ((char)random.Next(0x4E00, 0xA000)).ToString(),
        4 => ((char)random.Next(0xFF01, 0xFF5F)).ToString(),
        5 => char.ConvertFromUtf32(random.Next(2) == 0 ? random.Next(0x20000, 0x2A6E0) : random.Next(0x1F300, 0x1F700)),
        6 => ((char)random.Next(0xD800, 0xE000)).ToString(),
        7 => ((char)random.Next(0xFFF0, 0x10000)).ToString(),
        _ => ((char)random.Next(0, 0x10000)).ToString(),
    };

    private static string Item(Random random, int depth) => random.Next(20) switch
    {
        < 7 => Prefix(random) + Word(random),
        < 9 => Prefix(random) + Phrase(random),
        < 11 => Pick(random, Operators),
        < 14 => Filter(random),
        14 => Pick(random, Brackets) + Word(random) + (random.Next(2) == 0 ? Pick(random, Brackets) : string.Empty),
        15 => depth < 4 ? Prefix(random) + "(" + Query(random, depth + 1) + (random.Next(4) == 0 ? string.Empty : ")") : Word(random),
        16 => "[" + Pick(random, Years) + " TO " + Pick(random, Years) + (random.Next(2) == 0 ? "]" : "}"),
        17 => Word(random) + ":" + (random.Next(2) == 0 ? Word(random) : string.Empty),
        18 => new string('(', random.Next(1, 200)) + Word(random) + new string(')', random.Next(0, 200)),
        _ => Word(random) + Pick(random, ["~", "~2", "^3", "*", "?", "\\", "'s", "!", "。", "，", "、"]),
    };

    private static string Prefix(Random random) => random.Next(10) switch
    {
        0 => "-",
        1 => "+",
        2 => "NOT ",
        3 => "--",
        _ => string.Empty,
    };

    private static string Word(Random random)
    {
        var word = random.Next(20) switch
        {
            < 6 => Pick(random, English),
            < 12 => Pick(random, Simplified),
            < 15 => Pick(random, Traditional),
            < 17 => Pick(random, Astral),
            17 => Pick(random, LoneSurrogates),
            18 => Pick(random, English) + Pick(random, Simplified),
            _ => Pick(random, Simplified) + Pick(random, Astral) + Pick(random, Traditional),
        };
        return random.Next(15) == 0 ? word.ToUpperInvariant() : word;
    }

    private static string Phrase(Random random)
    {
        var words = Enumerable.Range(0, random.Next(0, 5)).Select(_ => Word(random));
        return "\"" + string.Join(Pick(random, Spaces), words) + (random.Next(6) == 0 ? string.Empty : "\"");
    }

    private static string Filter(Random random)
    {
        var field = Pick(random, Fields);
        var value = field.ToLowerInvariant() switch
        {
            "lang" => Pick(random, Languages),
            "type" => Pick(random, Types),
            "source" => random.Next(3) == 0 ? "\"" + Pick(random, ["The White House", "国务院 办公厅", string.Empty, "\"", "全国人民代表大会常务委员会"]) + "\"" : Pick(random, Sources),
            "year" => Pick(random, Years),
            "topic" => Pick(random, Topics),
            _ => Word(random),
        };
        var negation = random.Next(6) == 0 ? "-" : string.Empty;
        var empty = random.Next(12) == 0;
        return negation + field + ":" + (empty ? string.Empty : value) + (random.Next(20) == 0 ? " OR " + field + ":" + value : string.Empty);
    }

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];

    /// <summary>A query shown safely in a test message: control characters, surrogates and non-ASCII escaped, long queries cut.</summary>
    public static string Show(string query)
    {
        var builder = new StringBuilder();
        foreach (var c in query.Length > 300 ? query[..300] : query)
        {
            builder.Append(c is >= ' ' and <= '~' && c != '\\' ? c.ToString() : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return query.Length > 300 ? $"{builder}… ({query.Length:N0} chars)" : builder.ToString();
    }
}
