using System.Globalization;
using System.Text;
using GovSearch.Documents;

namespace GovSearch.Tests.Support;

/// <summary>Documents of many distinct, hardly compressible words, to fill a small disk quickly and deterministically.</summary>
public static class BulkyDocs
{
    private static readonly string[] Words = ["governance", "reform", "治理", "法治", "budget", "council", "发展", "安全", "article", "people"];

    /// <summary>A document of about <paramref name="words"/> words, each a stem and a random number.</summary>
    public static GovDocument Make(Random random, string id, int words = 800)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            text.Append(Words[random.Next(Words.Length)]).Append(random.Next(1_000_000).ToString(CultureInfo.InvariantCulture)).Append(i % 40 == 39 ? '\n' : ' ');
        }

        return Docs.Make(id, $"Bulky {id}", text.ToString(), "2020-01-01", "report", "tests", "en");
    }
}
