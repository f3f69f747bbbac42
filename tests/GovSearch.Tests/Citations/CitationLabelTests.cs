using System.Globalization;
using GovSearch.Citations;
using GovSearch.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace GovSearch.Tests.Citations;

/// <summary>
/// Extraction and resolution quality against the hand-labelled references of TestData/citations (rules in RULES.md).
/// </summary>
public sealed class CitationLabelTests(ITestOutputHelper output)
{
    /// <summary>docs.jsonl and versions.jsonl, read once for the class's tests.</summary>
    private static readonly Lazy<Task<List<GovDocument>>> Corpus = new(async () =>
        (await CorpusReader.LoadAsync("docs.jsonl")).Concat(await CorpusReader.LoadAsync("versions.jsonl")).ToList());

    private static readonly string Folder = Path.Combine(TestCorpus.RepositoryRoot, "tests", "GovSearch.Tests", "TestData", "citations");

    [Fact]
    public void Labels_HoldAtLeast150ReferencesInSampledDocuments()
    {
        var labels = Label.Load();
        Assert.True(labels.Count >= 150, $"{labels.Count} labels");
        Assert.Subset(ReadDocuments(), labels.Select(l => l.DocId).ToHashSet(StringComparer.Ordinal));
        Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l.Title)));
    }

    [Fact]
    public async Task Extraction_MeetsPrecisionAndRecallTargets()
    {
        var labels = Label.Load();
        var documents = await Documents(ReadDocuments());
        var (matched, extracted, articleRight) = Score(labels, documents);
        var precision = (double)matched.Count / extracted;
        var recall = (double)matched.Count / labels.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"extraction: {labels.Count} labels, {extracted} extracted, {matched.Count} matched; precision {precision:F3}, recall {recall:F3}; articles right {articleRight}/{matched.Count}"));
        foreach (var missed in labels.Except(matched))
        {
            output.WriteLine($"missed: {missed}");
        }

        foreach (var (id, document) in documents)
        {
            foreach (var c in CitationExtractor.Extract(document.Text))
            {
                var line = LineOf(document.Text, c.Start);
                if (!labels.Any(l => l.DocId == id && l.Line == line && LawTitles.Key(l.Title) == c.Key))
                {
                    output.WriteLine($"extra: {id} {line} {c.Title} {c.Article}");
                }
            }
        }

        Assert.True(precision >= 0.95, $"precision {precision:F3}");
        Assert.True(recall >= 0.90, $"recall {recall:F3}");
    }

    [Fact]
    public async Task Resolution_FindsTheVersionInForceAtTheCitingDate()
    {
        var labels = Label.Load();
        var citing = labels.Select(l => l.DocId).ToHashSet(StringComparer.Ordinal);
        var all = await Corpus.Value;
        var cited = labels.Select(l => LawTitles.Key(l.Title)).ToHashSet(StringComparer.Ordinal);
        var wanted = all.Where(d => citing.Contains(d.Id) || cited.Contains(LawTitles.Key(d.Title))).ToList();
        using var index = GovSearchIndex.CreateInMemory(new GovSearchIndexOptions { IndexingThreads = 1 });
        await index.AddRangeAsync(wanted);
        await index.CommitAsync();

        int right = 0, resolved = 0, expected = 0, scored = 0;
        foreach (var group in labels.GroupBy(l => l.DocId))
        {
            var citations = (await index.GetCitationsAsync(group.Key))!;
            var text = wanted.First(d => d.Id == group.Key).Text;
            var pool = citations.Select(c => (Line: LineOf(text, c.Start), c.Key, c.ResolvedId)).ToList();
            foreach (var label in group)
            {
                var key = LawTitles.Key(label.Title);
                var at = pool.FindIndex(p => p.Line == label.Line && p.Key == key);
                if (at < 0)
                {
                    continue;
                }

                var found = pool[at].ResolvedId;
                pool.RemoveAt(at);
                scored++;
                expected += label.ResolvesTo is null ? 0 : 1;
                resolved += found is null ? 0 : 1;
                right += found is not null && found == label.ResolvesTo ? 1 : 0;
            }
        }

        var precision = resolved == 0 ? 0 : (double)right / resolved;
        var recall = expected == 0 ? 0 : (double)right / expected;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"resolution over {scored} matched references: {expected} have a target, {resolved} resolved, {right} right; precision {precision:F3}, recall {recall:F3}"));
        Assert.True(precision >= 0.95, $"resolution precision {precision:F3}");
        Assert.True(recall >= 0.90, $"resolution recall {recall:F3}");
    }

    /// <summary>Matches extractions to labels by document, line and key.</summary>
    internal static (List<Label> Matched, int Extracted, int ArticleRight) Score(IReadOnlyList<Label> labels, IReadOnlyDictionary<string, GovDocument> documents)
    {
        var matched = new List<Label>();
        var extracted = 0;
        var articleRight = 0;
        foreach (var (id, document) in documents)
        {
            var text = document.Text;
            var pool = CitationExtractor.Extract(text).Select(c => (Line: LineOf(text, c.Start), c.Key, c.Article)).ToList();
            extracted += pool.Count;
            foreach (var label in labels.Where(l => l.DocId == id))
            {
                var at = pool.FindIndex(p => p.Line == label.Line && p.Key == LawTitles.Key(label.Title));
                if (at >= 0)
                {
                    articleRight += pool[at].Article == label.Article ? 1 : 0;
                    pool.RemoveAt(at);
                    matched.Add(label);
                }
            }
        }

        return (matched, extracted, articleRight);
    }

    /// <summary>Every document read while labelling (documents.txt): extractions in any of them count.</summary>
    private static HashSet<string> ReadDocuments() => File.ReadLines(Path.Combine(Folder, "documents.txt"))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .ToHashSet(StringComparer.Ordinal);

    private static async Task<Dictionary<string, GovDocument>> Documents(HashSet<string> ids) =>
        (await Corpus.Value).Where(d => ids.Contains(d.Id)).ToDictionary(d => d.Id, StringComparer.Ordinal);

    private static int LineOf(string text, int offset)
    {
        var line = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            line += text[i] == '\n' ? 1 : 0;
        }

        return line;
    }

    /// <summary>One labelled reference.</summary>
    internal sealed record Label(string DocId, int Line, string Title, string Article, string? ResolvesTo)
    {
        public static IReadOnlyList<Label> Load() => File.ReadLines(Path.Combine(Folder, "labels.tsv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(p => new Label(p[0], int.Parse(p[1], CultureInfo.InvariantCulture), p[2], p[3], p[4] == "-" ? null : p[4]))
            .ToList();
    }
}
