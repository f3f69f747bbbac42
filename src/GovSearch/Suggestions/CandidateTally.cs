namespace GovSearch.Suggestions;

/// <summary>Counts, per folded key and per source, the documents a candidate was found in, and keeps its most frequent
/// spelling (a majority vote: the spelling of most occurrences wins whenever one has more than half).</summary>
internal sealed class CandidateTally
{
    /// <summary>The sources in score order, with their weights (see <see cref="SuggestOptions"/>).</summary>
    private static readonly (SuggestionSources Source, double Weight)[] Weights =
    [
        (SuggestionSources.Title, 6), (SuggestionSources.TitlePart, 5), (SuggestionSources.Heading, 1.5),
        (SuggestionSources.ProtectedTerm, 3), (SuggestionSources.Phrase, 1),
    ];

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public CandidateTally() => _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Counts one document (once, however often it is added for the same source).</summary>
    public void Add(ReadOnlySpan<char> key, ReadOnlySpan<char> text, SuggestionSources source, int document)
    {
        var entry = EntryOf(key, text);
        var slot = Slot(source);
        if (entry.LastDocument[slot] != document)
        {
            entry.LastDocument[slot] = document;
            entry.Documents[slot]++;
        }
    }

    /// <summary>Adds a count of documents found another way (a term's document frequency).</summary>
    public void AddCount(ReadOnlySpan<char> key, ReadOnlySpan<char> text, SuggestionSources source, int documents)
    {
        var entry = EntryOf(key, text);
        entry.Documents[Slot(source)] += documents;
    }

    /// <summary>The candidates, less multi-word terms that fewer than <paramref name="minimumPhraseDocuments"/> documents hold.</summary>
    public List<SuggestionCandidate> Candidates(int minimumPhraseDocuments)
    {
        var phrase = Slot(SuggestionSources.Phrase);
        var candidates = new List<SuggestionCandidate>();
        foreach (var (key, entry) in _entries)
        {
            if (entry.Documents[phrase] < minimumPhraseDocuments)
            {
                entry.Documents[phrase] = 0;
            }

            double score = 0;
            var sources = SuggestionSources.None;
            var documents = 0;
            for (var i = 0; i < Weights.Length; i++)
            {
                if (entry.Documents[i] > 0)
                {
                    score += Weights[i].Weight * Math.Log(1 + entry.Documents[i]);
                    sources |= Weights[i].Source;
                    documents = Math.Max(documents, entry.Documents[i]);
                }
            }

            if (sources != SuggestionSources.None)
            {
                candidates.Add(new SuggestionCandidate(key, entry.Text, score, sources, documents));
            }
        }

        return candidates;
    }

    private Entry EntryOf(ReadOnlySpan<char> key, ReadOnlySpan<char> text)
    {
        if (!_lookup.TryGetValue(key, out var entry))
        {
            entry = new Entry(new string(text));
            _lookup[key] = entry;
            return entry;
        }

        if (text.SequenceEqual(entry.Text))
        {
            entry.Votes++;
        }
        else if (--entry.Votes < 0)
        {
            entry.Text = new string(text);
            entry.Votes = 1;
        }

        return entry;
    }

    private static int Slot(SuggestionSources source) => source switch
    {
        SuggestionSources.Title => 0,
        SuggestionSources.TitlePart => 1,
        SuggestionSources.Heading => 2,
        SuggestionSources.ProtectedTerm => 3,
        SuggestionSources.Phrase => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "One source at a time."),
    };

    private sealed class Entry(string text)
    {
        public string Text { get; set; } = text;

        public int Votes { get; set; } = 1;

        public int[] Documents { get; } = new int[5];

        public int[] LastDocument { get; } = [-1, -1, -1, -1, -1];
    }
}
