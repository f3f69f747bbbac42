using System.Text;
using BenchmarkDotNet.Attributes;
using GovSearch.Benchmarks.Configuration;
using GovSearch.Benchmarks.Infrastructure;

namespace GovSearch.Benchmarks;

/// <summary>
/// How fast each published format is read: <see cref="DocumentLoader"/> on a fixture made by a real tool (the law as
/// a LibreOffice PDF, the same law as a pandoc DOCX, a government notice page), against the baseline of loading the
/// very text it extracts from a UTF-8 .txt file. The input size (and so MB/s) is that extracted text, for both rows;
/// the PDF fixture has one page, so its operations per second are pages per second.
/// </summary>
/// <remarks>The fixtures are small (one page, a few KB of text), so these rows weigh the per-file cost (opening the
/// package, fonts, the DOM) as much as the per-character cost; a long PDF amortizes the first.</remarks>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class DocumentFormatBenchmarks
{
    private string _folder = string.Empty;
    private string _file = string.Empty;
    private string _textFile = string.Empty;

    /// <summary>The format: pdf, docx or html.</summary>
    [Params("pdf", "docx", "html")]
    public string Format { get; set; } = "pdf";

    /// <summary>Copies the fixture to a scratch folder and writes the text it yields beside it as .txt.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var fixtures = Path.Combine(CorpusLocator.FindRepositoryRoot(), "tests", "GovSearch.Tests", "TestData", "Formats");
        var name = Format switch
        {
            "pdf" => "law-zh.pdf",
            "docx" => "law-zh.docx",
            "html" => "gov-notice.html",
            _ => throw new ArgumentException($"Format is '{Format}'; use pdf, docx or html."),
        };
        _folder = Directory.CreateTempSubdirectory("govsearch-formats-").FullName;
        _file = Path.Combine(_folder, name);
        File.Copy(Path.Combine(fixtures, name), _file);
        var text = LoadTextAsync(_file).GetAwaiter().GetResult();
        _textFile = Path.Combine(_folder, "same-text.txt");
        File.WriteAllText(_textFile, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        BenchmarkMetrics.Record(this, BenchmarkMetrics.InputBytes, Encoding.UTF8.GetByteCount(text));
    }

    /// <summary>Removes the scratch folder.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>The same text from a .txt file; returns its length.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> PlainText() => (await LoadTextAsync(_textFile)).Length;

    /// <summary>The fixture in its own format; returns the length of the text extracted.</summary>
    [Benchmark]
    public async Task<int> PublishedFile() => (await LoadTextAsync(_file)).Length;

    private static async Task<string> LoadTextAsync(string path)
    {
        var loader = new DocumentLoader();
        await foreach (var document in loader.LoadAsync(path))
        {
            return document.Text;
        }

        throw new InvalidOperationException($"{path} loaded as no document: {string.Join("; ", loader.Problems)}");
    }
}
