using GovSearch.Schema;
using GovSearch.Storage;
using GovSearch.Tests.Support;
using Lucene.Net.Index;

namespace GovSearch.Tests.Schema;

/// <summary>Text storage 3: an index trains its own text dictionary once it has seen enough text; what it wrote before
/// stays Brotli (storage 2); the commit records the dictionary, so reopening, checking and repairing read both kinds.</summary>
public sealed class TextDictionaryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Index => _folder.File("index");

    /// <summary>Enough made-up documents to train a dictionary on (a little over <see cref="TextDictionary.MinimumTrainingCharacters"/>).</summary>
    private static int Enough => (TextDictionary.MinimumTrainingCharacters / 8000) + 5;

    private static readonly Lazy<TextDictionary> Trained = new(() => TextDictionary.Train(Documents("many-", Enough, 5).Select(d => d.Text))!);

    /// <summary>Made-up documents of about 8,000 characters: governance phrases in a seeded random order, a character
    /// beyond the BMP here and there.</summary>
    private static List<GovDocument> Documents(string prefix, int count, int seed)
    {
        string[] phrases =
        [
            "第一条 为了规范口岸开放，提高口岸通关效率，保障口岸安全畅通，", "国务院有关部门应当依照本条例的规定，", "县级以上地方人民政府",
            "加强生态环境保护，推进生态文明建设，", "The State Council shall report to the National People's Congress. ", "economic growth and reform ",
            "违反本条例规定的，由有关主管部门责令改正，给予警告；", "第二章 监督管理\n", "𠀀", "社会主义市场经济", "（一）依法履行职责；\n", "freedom of the press ",
        ];
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i =>
        {
            var text = new System.Text.StringBuilder();
            while (text.Length < 8000)
            {
                text.Append(phrases[random.Next(phrases.Length)]);
                text.Append(random.Next(1000));
            }

            return new GovDocument($"{prefix}{i}") { Title = $"口岸条例 {prefix}{i}", Text = text.ToString() };
        }).ToList();
    }

    private static IndexManifest ManifestOf(GovSearchIndex index) =>
        index.WithSearcher(s => IndexManifest.FromUserData("test", ((DirectoryReader)s.IndexReader).IndexCommit.UserData));

    /// <summary>How many live documents of each storage the index holds (2: Brotli, 3: the dictionary).</summary>
    private static (int Brotli, int Dictionary) Storages(GovSearchIndex index) => index.WithSearcher(s =>
    {
        int brotli = 0, dictionary = 0;
        foreach (var leaf in s.IndexReader.Leaves)
        {
            var storage = leaf.AtomicReader.GetNumericDocValues(FieldNames.TextStorage);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (storage is not null && storage.Get(doc) == TextBlocks.StorageVersion)
                {
                    dictionary++;
                }
                else
                {
                    brotli++;
                }
            }
        }

        return (brotli, dictionary);
    });

    private static async Task AssertReadsExactly(GovSearchIndex index, IEnumerable<GovDocument> documents)
    {
        foreach (var document in documents)
        {
            var stored = await index.GetAsync(document.Id);
            Assert.NotNull(stored);
            Assert.True(string.Equals(document.Text, stored.Document.Text, StringComparison.Ordinal), $"The text of {document.Id} did not come back exactly.");
        }

        var results = await index.SearchAsync("口岸 通关", new SearchOptions { Limit = 50, EscapeHtml = false, HighlightStart = "[", HighlightEnd = "]" });
        Assert.NotEmpty(results.Hits);
        var texts = documents.ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        foreach (var hit in results.Hits.Where(h => texts.ContainsKey(h.Id)))
        {
            Assert.All(hit.Passages, p => Assert.Contains(
                p.Snippet.Replace("[", string.Empty, StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Trim('…'),
                texts[hit.Id].Substring(p.Start, p.Length), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task SmallFirstBatch_StaysBrotli_ALargeBatchTrainsTheDictionary_AndReopeningReadsBoth()
    {
        var small = Documents("small-", 3, 1);
        var large = Documents("large-", Enough, 2);
        using (var index = GovSearchIndex.Create(Index))
        {
            await index.AddRangeAsync(small);
            await index.CommitAsync();
            Assert.Null(ManifestOf(index).TextDictionary);
            Assert.Equal((3, 0), Storages(index));
            await AssertReadsExactly(index, small);

            await index.AddRangeAsync(large);
            await index.CommitAsync();
            Assert.NotNull(ManifestOf(index).TextDictionary);
            var (brotli, dictionary) = Storages(index);
            Assert.True(dictionary > 0 && brotli > 3, $"{brotli} Brotli and {dictionary} dictionary documents.");
            await AssertReadsExactly(index, small.Concat(large));
        }

        using var reopened = GovSearchIndex.Open(Index);
        var manifest = ManifestOf(reopened);
        Assert.NotNull(manifest.TextDictionary);
        await AssertReadsExactly(reopened, small.Concat(large));

        // Later documents use the recorded dictionary, and every commit keeps it.
        var later = Documents("later-", 2, 3);
        await reopened.AddRangeAsync(later);
        await reopened.CommitAsync();
        Assert.Equal(manifest.TextDictionary!.Id, ManifestOf(reopened).TextDictionary!.Id);
        await AssertReadsExactly(reopened, later);
    }

    [Fact]
    public async Task CheckAndRepair_KeepTheDictionary_AndTheTextsOfTheSegmentsKept()
    {
        // The first batch trains the dictionary; the two later ones use it.
        var batches = Enumerable.Range(0, 3).Select(i => Documents($"b{i}-", i == 0 ? Enough : 20, 10 + i)).ToList();
        using (var index = GovSearchIndex.Create(Index, new GovSearchIndexOptions { IndexingThreads = 1 }))
        {
            foreach (var batch in batches)
            {
                await index.AddRangeAsync(batch);
                await index.CommitAsync();
            }
        }

        Assert.True((await GovSearchIndex.CheckAsync(Index)).IsHealthy);
        var segments = IndexDamage.IdsBySegment(Index);
        Assert.Equal(3, segments.Count);
        var victim = segments.Keys.Order(StringComparer.Ordinal).ElementAt(1);
        IndexDamage.FlipBytes(Index, IndexDamage.CompoundFile(Index, victim));
        await GovSearchIndex.RepairAsync(Index);

        using var repaired = GovSearchIndex.Open(Index);
        Assert.NotNull(ManifestOf(repaired).TextDictionary);
        var kept = segments.Where(s => s.Key != victim).SelectMany(s => s.Value).ToHashSet(StringComparer.Ordinal);
        await AssertReadsExactly(repaired, batches.SelectMany(b => b).Where(d => kept.Contains(d.Id)));
    }

    [Fact]
    public void Train_NeedsEnoughText_AndItsBlocksRoundTripExactly()
    {
        Assert.Null(TextDictionary.Train(Documents("few-", 3, 4).Select(d => d.Text)));
        var dictionary = Trained.Value;
        Assert.NotNull(dictionary);
        var text = Documents("other-", 1, 6)[0].Text;
        var block = text[..TextBlocks.BlockCharacters];
        var compressed = TextBlocks.Compress(block, dictionary);
        Assert.True(compressed.Length < TextBlocks.Compress(block, null).Length, "The dictionary did not compress better than Brotli.");
        var back = new char[block.Length];
        TextBlocks.Decompress(compressed, back, TextBlocks.StorageVersion);
        Assert.Equal(block, new string(back));
        var prefix = new char[100];
        TextBlocks.Decompress(compressed, prefix, TextBlocks.StorageVersion);
        Assert.Equal(block[..100], new string(prefix));
    }

    [Fact]
    public void KnownFrom_FindsARegisteredDictionaryByItsRecordingsHead_AndNothingElse()
    {
        var dictionary = Trained.Value;
        var recording = Convert.ToBase64String(dictionary.Bytes);
        Assert.Same(dictionary, TextDictionary.KnownFrom(recording));
        Assert.Same(dictionary, IndexManifest.TextDictionaryOf("here", new Dictionary<string, string> { [IndexManifest.TextDictionaryKey] = recording }));

        var unknown = (byte[])dictionary.Bytes.Clone();
        unknown[4] ^= 0xFF;
        Assert.Null(TextDictionary.KnownFrom(Convert.ToBase64String(unknown)));
        Assert.Null(TextDictionary.KnownFrom("not base64!!"));
        Assert.Null(TextDictionary.KnownFrom("N2"));
        var error = Assert.Throws<IndexFormatException>(() => IndexManifest.TextDictionaryOf("here", new Dictionary<string, string> { [IndexManifest.TextDictionaryKey] = "not base64!!" }));
        Assert.Contains("records a text dictionary that is not one", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("flipped")]
    [InlineData("truncated")]
    [InlineData("empty")]
    [InlineData("unknown dictionary")]
    public void Decompress_OfADamagedBlock_ThrowsInvalidDataExceptionSayingTheIndexIsDamaged(string damage)
    {
        var dictionary = Trained.Value;
        var block = Documents("other-", 1, 8)[0].Text[..TextBlocks.BlockCharacters];
        var compressed = TextBlocks.Compress(block, dictionary);
        var damaged = compressed.ToArray();
        switch (damage)
        {
            case "flipped":
                for (var i = 12; i < damaged.Length; i += 7)
                {
                    damaged[i] ^= 0x5A;
                }

                break;
            case "truncated":
                damaged = damaged[..(damaged.Length / 2)];
                break;
            case "empty":
                damaged = [];
                break;
            default:
                // The dictionary id of the frame header (after the magic number, the descriptor and the window byte).
                damaged[6] ^= 0xFF;
                break;
        }

        var error = Assert.Throws<InvalidDataException>(() => TextBlocks.Decompress(damaged, new char[block.Length], TextBlocks.StorageVersion));
        Assert.Contains("the index is damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decompress_OfAnUnknownStorage_ThrowsInvalidDataExceptionNamingIt()
    {
        var error = Assert.Throws<InvalidDataException>(() => TextBlocks.Decompress([1, 2, 3], new char[3], TextBlocks.StorageVersion + 1));
        Assert.Contains($"storage {TextBlocks.StorageVersion + 1}", error.Message, StringComparison.Ordinal);
    }
}
