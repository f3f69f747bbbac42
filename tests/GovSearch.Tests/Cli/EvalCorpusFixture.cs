using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Cli;

/// <summary>
/// A small slice of dev.jsonl (20 Chinese regulations, both UDHR texts, three State of the Union addresses), indexed once
/// on disk without topics, with a queries file and qrels over it, for the eval verb's tests.
/// </summary>
public sealed class EvalCorpusFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    /// <summary>The slice as JSON lines.</summary>
    public string Corpus => _folder.File("slice.jsonl");

    /// <summary>The index of the slice.</summary>
    public string Index => _folder.File("index");

    /// <summary>Queries with qid, kind, half and query columns; q-none has only a grade-0 judgment.</summary>
    public string Queries => _folder.File("queries.tsv");

    /// <summary>Qrels for <see cref="Queries"/>.</summary>
    public string Qrels => _folder.File("qrels.txt");

    /// <summary>A path inside the fixture's folder.</summary>
    public string File(string name) => _folder.File(name);

    public async Task InitializeAsync()
    {
        var lines = await System.IO.File.ReadAllLinesAsync(TestCorpus.Require("dev.jsonl"));
        await System.IO.File.WriteAllLinesAsync(Corpus, lines.Take(20).Concat(lines.Skip(199).Take(5)));
        await System.IO.File.WriteAllLinesAsync(Queries,
        [
            "# A small judged set over the slice.",
            "qid\tkind\thalf\tquery",
            "z1\tzh\ttune\t中华鲟 保护",
            "z2\tzh\tcheck\t公共场所 吸烟",
            "e1\ten\ttune\thuman rights declaration",
            "e2\ten\tcheck\tJefferson",
            "q-none\ten\tcheck\tweather",
        ]);
        await System.IO.File.WriteAllLinesAsync(Qrels,
        [
            "z1 0 lrb-5251e0a3a0c02243 2",
            "z2 0 lrb-f3190d63d4113b04 2",
            "z2 0 lrb-5251e0a3a0c02243 0",
            "e1 0 udhr-en 2",
            "e1 0 udhr-zh-Hant 1",
            "e2 0 sotu-1802-thomas-jefferson-dr 2",
            "q-none 0 udhr-en 0",
        ]);

        using var index = GovSearchIndex.Create(Index);
        await index.AddRangeAsync(new DocumentLoader().LoadAsync(Corpus));
        await index.CommitAsync();
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
