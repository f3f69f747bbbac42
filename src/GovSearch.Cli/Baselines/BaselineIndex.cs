using GovSearch.Documents;
using GovSearch.Evaluation;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace GovSearch.Cli.Baselines;

/// <summary>
/// A baseline ranker: plain Lucene.Net BM25 (k1 = 1.2, b = 0.75) over the title and text of the same documents, in memory.
/// A query is analyzed with the baseline's analyzer and becomes one SHOULD term clause per distinct term and field
/// (title and text, no boost, no query syntax). Ties keep the corpus order.
/// </summary>
internal sealed class BaselineIndex : IDisposable
{
    private const string Id = "id";
    private const string Title = "title";
    private const string Text = "text";

    // Two clauses per term must stay under Lucene's default limit of 1,024 clauses.
    private const int MaxTerms = 500;
    private static readonly ISet<string> IdOnly = new HashSet<string>(StringComparer.Ordinal) { Id };

    private readonly Analyzer _analyzer;
    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    private BaselineIndex(string name, Analyzer analyzer, RAMDirectory directory, int documents)
    {
        Name = name;
        Documents = documents;
        _analyzer = analyzer;
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>The baseline's name: bigram or smartcn.</summary>
    public string Name { get; }

    /// <summary>How many documents it holds.</summary>
    public int Documents { get; }

    /// <summary>Indexes every document of <paramref name="corpus"/> (read as <c>govsearch index</c> reads it, bad records skipped).</summary>
    public static async Task<BaselineIndex> BuildAsync(string name, string corpus, CancellationToken cancellationToken)
    {
        var analyzer = BaselineAnalyzers.Create(name);
        var directory = new RAMDirectory();
        var count = 0;
        try
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 64, Similarity = new BM25Similarity() };
            using (var writer = new IndexWriter(directory, config))
            {
                await foreach (var document in new DocumentLoader().LoadAsync(corpus, cancellationToken).ConfigureAwait(false))
                {
                    writer.AddDocument(new LuceneDocument
                    {
                        new StringField(Id, document.Id, Field.Store.YES),
                        new TextField(Title, document.Title, Field.Store.NO),
                        new TextField(Text, document.Text, Field.Store.NO),
                    });
                    count++;
                }

                writer.Commit();
            }

            return new BaselineIndex(name, analyzer, directory, count);
        }
        catch
        {
            analyzer.Dispose();
            directory.Dispose();
            throw;
        }
    }

    /// <summary>The ids of the best <paramref name="depth"/> documents for a query, best first.</summary>
    public IReadOnlyList<string> Rank(EvaluationQuery query, int depth)
    {
        var terms = Terms(query.Text);
        if (terms.Count == 0)
        {
            return [];
        }

        var any = new BooleanQuery();
        foreach (var term in terms)
        {
            any.Add(new TermQuery(new Term(Title, term)), Occur.SHOULD);
            any.Add(new TermQuery(new Term(Text, term)), Occur.SHOULD);
        }

        var top = _searcher.Search(any, depth);
        return top.ScoreDocs.Select(hit => _searcher.Doc(hit.Doc, IdOnly).Get(Id)).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private List<string> Terms(string text)
    {
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var stream = _analyzer.GetTokenStream(Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && terms.Count < MaxTerms)
        {
            var value = term.ToString();
            if (seen.Add(value))
            {
                terms.Add(value);
            }
        }

        stream.End();
        return terms;
    }
}
