using GovSearch.Analysis;
using GovSearch.Schema;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GovSearch.Suggestions;

/// <summary>Gathers the suggestion candidates of one commit from its doc values: titles and their parts, passage
/// headings, the protected formulations the texts hold, and the multi-word terms of the texts' openings.</summary>
internal static class SuggestionTableBuilder
{
    /// <summary>How much of each text is read for multi-word terms.</summary>
    internal const int ScannedCharacters = 2_000;

    /// <summary>How many documents must hold a multi-word term for it to be kept.</summary>
    internal const int MinimumPhraseDocuments = 3;

    /// <summary>The longest title kept whole, in characters.</summary>
    private const int MaximumTitleLength = 100;

    /// <summary>The longest multi-word term, in characters.</summary>
    private const int MaximumPhraseLength = 32;

    public static SuggestionTable Build(IndexReader reader, AnalysisOptions analysis, Analyzer queryAnalyzer)
    {
        var tally = new CandidateTally();
        var phrases = new PhraseScanner(tally, queryAnalyzer, MaximumPhraseLength);
        var bytes = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var live = segment.LiveDocs;
            var titles = segment.GetBinaryDocValues(FieldNames.Title);
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                var document = leaf.DocBase + doc;
                if (titles is not null)
                {
                    titles.Get(doc, bytes);
                    AddTitle(tally, queryAnalyzer, bytes.Utf8ToString(), document);
                }

                foreach (var passage in SegmentValues.Passages(segment, doc))
                {
                    foreach (var part in HeadingText.Parts(passage.Heading))
                    {
                        var tidy = SuggestionKey.Tidy(part);
                        tally.Add(SuggestionKey.FoldCandidate(tidy), tidy, SuggestionSources.Heading, document);
                    }
                }

                var text = SegmentValues.Text(segment, doc);
                phrases.Scan(text[..Math.Min(text.Length, ScannedCharacters)], document);
            }
        }

        foreach (var term in analysis.ProtectedTerms.Distinct(StringComparer.Ordinal))
        {
            var documents = reader.DocFreq(new Term(FieldNames.Text, TextNormalizer.Normalize(term, analysis.ConvertTraditional)));
            if (documents > 0)
            {
                tally.AddCount(SuggestionKey.FoldCandidate(term), term, SuggestionSources.ProtectedTerm, documents);
            }
        }

        return new SuggestionTable(tally.Candidates(MinimumPhraseDocuments));
    }

    /// <summary>Counts a title whole and, for a Chinese title, each end of it that starts at a word, has two words or more,
    /// at least four characters and nothing but Han characters; for an English title, the title without a leading "The".</summary>
    private static void AddTitle(CandidateTally tally, Analyzer analyzer, string title, int document)
    {
        title = title.Trim();
        if (title.Length == 0 || title.Length > MaximumTitleLength)
        {
            return;
        }

        tally.Add(SuggestionKey.FoldCandidate(title), title, SuggestionSources.Title, document);
        if (title.StartsWith("The ", StringComparison.OrdinalIgnoreCase) && title.Length > 8)
        {
            var rest = title.AsSpan(4).TrimStart();
            tally.Add(SuggestionKey.FoldCandidate(rest), rest, SuggestionSources.TitlePart, document);
            return;
        }

        if (!title.Any(CharClass.IsHan))
        {
            return;
        }

        var starts = new List<int>();
        using (var stream = analyzer.GetTokenStream(FieldNames.Title, title))
        {
            var offsets = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (starts.Count == 0 || offsets.StartOffset > starts[^1])
                {
                    starts.Add(offsets.StartOffset);
                }
            }

            stream.End();
        }

        for (var i = 1; i < starts.Count - 1; i++)
        {
            var part = title.AsSpan(starts[i]);
            if (part.Length >= 4 && !part.ContainsAnyExcept(HanOnly))
            {
                tally.Add(SuggestionKey.FoldCandidate(part), part, SuggestionSources.TitlePart, document);
            }
        }
    }

    private static readonly System.Buffers.SearchValues<char> HanOnly = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0x4E00, 0x9FFF - 0x4E00 + 1).Concat(Enumerable.Range(0x3400, 0x4DBF - 0x3400 + 1)).Select(c => (char)c)));
}
