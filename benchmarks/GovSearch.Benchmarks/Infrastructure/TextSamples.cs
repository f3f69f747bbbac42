using System.Text;
using GovSearch.Documents;

namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>
/// Text samples for analysis benchmarks, drawn from the corpus in file order so every run measures the same text.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>zh</c>: the Chinese paragraphs of Chinese reports and laws (then any Chinese document).</item>
/// <item><c>en</c>: the paragraphs of English speeches (then any English document).</item>
/// <item><c>mixed</c>: Chinese and English paragraphs taken in turn from a parallel pair (the same
/// <c>parallel_id</c>), else from the two pools above.</item>
/// </list>
/// Paragraphs are classed by script, so a corpus without languages (a folder of text files) still gives each kind;
/// when a corpus has no paragraph mainly of one script, those that hold some of it are taken.
/// Each sample is cut to at most <see cref="TargetBytes"/> of UTF-8 (a corpus smaller than that gives less).
/// </remarks>
public static class TextSamples
{
    /// <summary>The size each sample grows to, in UTF-8 bytes.</summary>
    public const int TargetBytes = 64 * 1024;

    /// <summary>The sample kinds.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["zh", "en", "mixed"];

    /// <summary>The sample of one kind.</summary>
    /// <exception cref="ArgumentException">The kind is not one of <see cref="Kinds"/>.</exception>
    /// <exception cref="InvalidOperationException">The corpus has no paragraph of that kind.</exception>
    public static string For(BenchmarkCorpus corpus, string kind)
    {
        var paragraphs = kind switch
        {
            "zh" => Chinese(corpus.Documents),
            "en" => English(corpus.Documents),
            "mixed" => Mixed(corpus.Documents),
            _ => throw new ArgumentException($"The sample kind is '{kind}'; use one of {string.Join(", ", Kinds)}.", nameof(kind)),
        };

        var builder = new StringBuilder();
        var bytes = 0;
        foreach (var paragraph in paragraphs)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(paragraph);
            bytes += Encoding.UTF8.GetByteCount(paragraph) + 1;
            if (bytes >= TargetBytes)
            {
                break;
            }
        }

        return builder.Length > 0
            ? Cut(builder.ToString(), TargetBytes)
            : throw new InvalidOperationException($"The corpus '{corpus.Path}' has no {kind} paragraph to sample.");
    }

    /// <summary>Cuts text to at most <paramref name="maxBytes"/> of UTF-8, at a line break or space near the end when
    /// there is one (Chinese has none), never inside a surrogate pair.</summary>
    private static string Cut(string text, int maxBytes)
    {
        var bytes = 0;
        var end = 0;
        while (end < text.Length)
        {
            var width = char.IsHighSurrogate(text[end]) && end + 1 < text.Length ? 2 : 1;
            var size = width == 2 ? 4 : Encoding.UTF8.GetByteCount(text.AsSpan(end, 1));
            if (bytes + size > maxBytes)
            {
                break;
            }

            bytes += size;
            end += width;
        }

        if (end == text.Length)
        {
            return text;
        }

        var space = text.AsSpan(0, end).LastIndexOfAny('\n', ' ');
        return text[..(space > end - 200 ? space : end)];
    }

    private static IEnumerable<string> Chinese(IReadOnlyList<GovDocument> documents) =>
        FirstNonEmpty(Preferred(documents, "zh", ["report", "law"]).SelectMany(Paragraphs), IsChinese, p => Count(p).Han > 0);

    private static IEnumerable<string> English(IReadOnlyList<GovDocument> documents) =>
        FirstNonEmpty(Preferred(documents, "en", ["speech"]).SelectMany(Paragraphs), IsEnglish, p => Count(p).Latin > 0);

    /// <summary>The paragraphs that are mainly of the script, or, in a corpus that has none, those that hold some of it.</summary>
    private static IEnumerable<string> FirstNonEmpty(IEnumerable<string> paragraphs, Func<string, bool> mainly, Func<string, bool> some) =>
        paragraphs.Any(mainly) ? paragraphs.Where(mainly) : paragraphs.Where(some);

    private static IEnumerable<string> Mixed(IReadOnlyList<GovDocument> documents)
    {
        var pair = documents
            .Where(d => d.Metadata.ContainsKey("parallel_id"))
            .GroupBy(d => d.Metadata["parallel_id"], StringComparer.Ordinal)
            .Select(g => (Zh: g.FirstOrDefault(d => d.Language == "zh"), En: g.FirstOrDefault(d => d.Language == "en")))
            .FirstOrDefault(p => p.Zh is not null && p.En is not null);
        return pair.Zh is not null && pair.En is not null
            ? Alternate(Paragraphs(pair.Zh).Where(IsChinese), Paragraphs(pair.En).Where(IsEnglish))
            : Alternate(Chinese(documents), English(documents));
    }

    /// <summary>Documents of the language and types first, then the rest of the language, then everything else.</summary>
    private static IEnumerable<GovDocument> Preferred(IReadOnlyList<GovDocument> documents, string language, string[] types) =>
        documents.OrderBy(d => d.Language == language ? (types.Contains(d.DocType, StringComparer.Ordinal) ? 0 : 1) : 2);

    private static IEnumerable<string> Alternate(IEnumerable<string> first, IEnumerable<string> second)
    {
        using var a = first.GetEnumerator();
        using var b = second.GetEnumerator();
        bool hasA = true, hasB = true;
        while (hasA || hasB)
        {
            if (hasA && (hasA = a.MoveNext()))
            {
                yield return a.Current;
            }

            if (hasB && (hasB = b.MoveNext()))
            {
                yield return b.Current;
            }
        }
    }

    private static IEnumerable<string> Paragraphs(GovDocument document) =>
        document.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsChinese(string paragraph)
    {
        var (han, latin) = Count(paragraph);
        return han > 0 && han >= latin;
    }

    private static bool IsEnglish(string paragraph)
    {
        var (han, latin) = Count(paragraph);
        return han == 0 && latin > 0;
    }

    private static (int Han, int Latin) Count(string paragraph)
    {
        int han = 0, latin = 0;
        foreach (var c in paragraph)
        {
            if (c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF')
            {
                han++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        return (han, latin);
    }
}
