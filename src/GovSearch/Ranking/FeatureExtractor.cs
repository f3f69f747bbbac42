using GovSearch.Querying;
using GovSearch.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GovSearch.Ranking;

/// <summary>
/// Computes the <see cref="RankingFeatures"/> of a query's candidates from one searcher snapshot. The BM25 features
/// score their own term queries on the candidates only (a scorer advanced from candidate to candidate); term
/// presence, positions and offsets come from each segment's postings, walked once per term over the segment's
/// candidates in document order; the rest comes from doc values. No text is read or analyzed again.
/// </summary>
internal static class FeatureExtractor
{
    /// <summary>The most positions read per term and candidate for proximity and passages (the first ones).</summary>
    private const int MaximumPositions = 4096;

    /// <summary>How many of the top candidates make up the query's topic vector.</summary>
    private const int TopicFeedback = 10;

    /// <summary>The features of each candidate, in candidate order.</summary>
    /// <param name="searcher">The snapshot the candidates come from.</param>
    /// <param name="query">The query's ranking side.</param>
    /// <param name="candidates">The candidates in lexical order, with their lexical scores.</param>
    public static float[][] Compute(IndexSearcher searcher, RankingQuery query, IReadOnlyList<ScoreDoc> candidates)
    {
        var rows = new float[candidates.Count][];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new float[RankingFeatures.Count];
        }

        if (rows.Length == 0)
        {
            return rows;
        }

        var best = candidates.Max(c => c.Score);
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i][RankingFeatures.LexicalScore] = best > 0 && !float.IsNaN(candidates[i].Score) ? candidates[i].Score / best : 0;
            rows[i][RankingFeatures.LexicalRank] = 1f / (i + 1);
            rows[i][RankingFeatures.LayPhrases] = query.LayPhrases;
        }

        var docs = candidates.Select(c => c.Doc).ToArray();
        Score(searcher, AnyTerm([FieldNames.Text], query.Terms), docs, rows, RankingFeatures.TextBm25);
        Score(searcher, AnyTerm([FieldNames.Title], query.Terms), docs, rows, RankingFeatures.TitleBm25);
        Score(searcher, AnyTerm([FieldNames.TitleBigrams, FieldNames.TextBigrams], query.Bigrams), docs, rows, RankingFeatures.BigramBm25);
        FromPostings(searcher.IndexReader, query, docs, rows);
        FromDocValues(searcher.IndexReader, query, docs, rows);
        Topics(searcher.IndexReader, candidates, rows);
        return rows;
    }

    /// <summary>Any of the terms in any of the fields, scores summed (no coordination factor); <see langword="null"/> without terms.</summary>
    private static BooleanQuery? AnyTerm(string[] fields, IReadOnlyList<string> terms)
    {
        if (terms.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: true);
        foreach (var field in fields)
        {
            foreach (var term in terms)
            {
                query.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            }
        }

        return query;
    }

    /// <summary>Scores a query on the candidates only, into one feature; candidates it does not match keep 0.</summary>
    private static void Score(IndexSearcher searcher, Query? query, int[] docs, float[][] rows, int feature)
    {
        if (query is null)
        {
            return;
        }

        var weight = searcher.CreateNormalizedWeight(query);
        foreach (var (context, members) in ByLeaf(searcher.IndexReader, docs))
        {
            var scorer = weight.GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }

            foreach (var (index, local) in members)
            {
                var at = scorer.DocID < local ? scorer.Advance(local) : scorer.DocID;
                if (at == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                if (at == local)
                {
                    rows[index][feature] = scorer.GetScore();
                }
            }
        }
    }

    /// <summary>Term shares, proximity, best passage and length, from the postings and the passage tables.</summary>
    private static void FromPostings(IndexReader reader, RankingQuery query, int[] docs, float[][] rows)
    {
        var idf = query.Terms.Select(t => (float)Math.Log(1 + ((reader.MaxDoc + 0.5) / (reader.DocFreq(new Term(FieldNames.Text, t)) + 0.5)))).ToArray();
        var idfTotal = idf.Sum();
        foreach (var (context, members) in ByLeaf(reader, docs))
        {
            var leaf = context.AtomicReader;
            var occurrences = TextOccurrences(leaf, query.Terms, members);
            var titleCounts = Presence(leaf, FieldNames.Title, query.Terms, members);
            var layCounts = Presence(leaf, FieldNames.Text, query.LayTerms, members);
            for (var m = 0; m < members.Count; m++)
            {
                var (index, local) = members[m];
                var row = rows[index];
                var found = occurrences[m];
                var present = found.Select(o => o.Term).Distinct().Count();
                if (query.Terms.Count > 0)
                {
                    row[RankingFeatures.TextTermShare] = (float)present / query.Terms.Count;
                    row[RankingFeatures.TitleTermShare] = (float)titleCounts[m] / query.Terms.Count;
                }

                if (query.LayTerms.Count > 0)
                {
                    row[RankingFeatures.LayTermShare] = (float)layCounts[m] / query.LayTerms.Count;
                }

                row[RankingFeatures.Proximity] = Proximity(found, present);
                var passages = SegmentValues.Passages(leaf, local);
                row[RankingFeatures.BestPassage] = idfTotal > 0 ? BestPassage(found, passages, idf) / idfTotal : 0;
                row[RankingFeatures.Length] = (float)Math.Log(1 + (passages.Count > 0 ? passages[^1].End : 0));
            }
        }
    }

    /// <summary>Each candidate's occurrences of the query terms in the text field: position, start offset and term, by position.</summary>
    private static List<Occurrence>[] TextOccurrences(AtomicReader leaf, IReadOnlyList<string> terms, List<(int Index, int Local)> members)
    {
        var result = members.Select(_ => new List<Occurrence>()).ToArray();
        var termsEnum = leaf.GetTerms(FieldNames.Text)?.GetEnumerator();
        var spans = TokenSpanReader.Of(leaf);
        for (var t = 0; t < terms.Count && termsEnum is not null; t++)
        {
            if (!termsEnum.SeekExact(new BytesRef(terms[t])))
            {
                continue;
            }

            var postings = SpanPostings.Open(termsEnum, leaf.LiveDocs, null, spans);
            if (postings is null)
            {
                continue;
            }

            for (var m = 0; m < members.Count; m++)
            {
                var local = members[m].Local;
                var at = postings.DocID < local ? postings.Advance(local) : postings.DocID;
                if (at == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                if (at != local)
                {
                    continue;
                }

                var count = Math.Min(postings.Freq, MaximumPositions);
                for (var i = 0; i < count; i++)
                {
                    var position = postings.NextPosition();
                    result[m].Add(new Occurrence(position, postings.StartOffset, t));
                }
            }
        }

        foreach (var list in result)
        {
            list.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Term.CompareTo(b.Term));
        }

        return result;
    }

    /// <summary>How many of the terms each candidate holds in a field.</summary>
    internal static int[] Presence(AtomicReader leaf, string field, IReadOnlyList<string> terms, List<(int Index, int Local)> members) =>
        Presence(leaf, field, terms, null, members).Select(c => (int)c).ToArray();

    /// <summary>The summed weights of the terms each candidate holds in a field (each term weighs 1 without <paramref name="weights"/>).</summary>
    internal static float[] Presence(AtomicReader leaf, string field, IReadOnlyList<string> terms, IReadOnlyList<float>? weights, List<(int Index, int Local)> members)
    {
        var counts = new float[members.Count];
        var termsEnum = terms.Count == 0 ? null : leaf.GetTerms(field)?.GetEnumerator();
        for (var t = 0; t < terms.Count && termsEnum is not null; t++)
        {
            if (!termsEnum.SeekExact(new BytesRef(terms[t])))
            {
                continue;
            }

            var postings = termsEnum.Docs(leaf.LiveDocs, null, DocsFlags.NONE);
            for (var m = 0; m < members.Count && postings is not null; m++)
            {
                var local = members[m].Local;
                var at = postings.DocID < local ? postings.Advance(local) : postings.DocID;
                if (at == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                if (at == local)
                {
                    counts[m] += weights?[t] ?? 1;
                }
            }
        }

        return counts;
    }

    /// <summary>(k − 1) / span of the smallest window holding each of the k distinct terms found (k ≥ 2), at most 1.</summary>
    internal static float Proximity(List<Occurrence> sorted, int distinct)
    {
        if (distinct < 2)
        {
            return 0;
        }

        var counts = new Dictionary<int, int>();
        var covered = 0;
        var best = int.MaxValue;
        var left = 0;
        for (var right = 0; right < sorted.Count; right++)
        {
            var term = sorted[right].Term;
            counts[term] = counts.GetValueOrDefault(term) + 1;
            if (counts[term] == 1)
            {
                covered++;
            }

            while (covered == distinct)
            {
                best = Math.Min(best, sorted[right].Position - sorted[left].Position);
                var leaving = sorted[left].Term;
                counts[leaving]--;
                if (counts[leaving] == 0)
                {
                    covered--;
                }

                left++;
            }
        }

        return Math.Min(1f, (distinct - 1f) / Math.Max(best, 1));
    }

    /// <summary>The best passage's sum, over the distinct terms it holds, of idf · (1 + ln count); 0 without passages.</summary>
    internal static float BestPassage(List<Occurrence> occurrences, IReadOnlyList<Passage> passages, float[] idf)
    {
        if (passages.Count == 0 || occurrences.Count == 0)
        {
            return 0;
        }

        var counts = new Dictionary<int, int[]>();
        foreach (var occurrence in occurrences)
        {
            var passage = SnippetBuilder.PassageAt(passages, occurrence.Start);
            if (passage < 0)
            {
                continue;
            }

            if (!counts.TryGetValue(passage, out var perTerm))
            {
                counts[passage] = perTerm = new int[idf.Length];
            }

            perTerm[occurrence.Term]++;
        }

        var best = 0.0;
        foreach (var perTerm in counts.Values)
        {
            var score = 0.0;
            for (var t = 0; t < perTerm.Length; t++)
            {
                score += perTerm[t] > 0 ? idf[t] * (1 + Math.Log(perTerm[t])) : 0;
            }

            best = Math.Max(best, score);
        }

        return (float)best;
    }

    /// <summary>Title match, type, year and language, from doc values.</summary>
    private static void FromDocValues(IndexReader reader, RankingQuery query, int[] docs, float[][] rows)
    {
        var fields = new HitFields(reader);
        for (var i = 0; i < docs.Length; i++)
        {
            var row = rows[i];
            var title = RankingQuery.Normalize(fields.Title(docs[i]));
            if (query.Normalized.Length > 0)
            {
                row[RankingFeatures.TitlePhrase] = title.Contains(query.Normalized, StringComparison.Ordinal) ? 1 : 0;
                row[RankingFeatures.TitleExact] = title == query.Normalized || title == "中华人民共和国" + query.Normalized ? 1 : 0;
            }

            row[RankingFeatures.DocTypeSlot(fields.DocType(docs[i]))] = 1;
            row[RankingFeatures.Year] = fields.Date(docs[i])?.Year ?? 0;
            var language = fields.Language(docs[i]) ?? string.Empty;
            var chinese = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
            row[RankingFeatures.SameLanguage] = language == "mixed" || chinese == query.HasHan ? 1 : 0;
        }
    }

    /// <summary>The cosine of each candidate's topic vector with the score-weighted mean of the top candidates'.</summary>
    private static void Topics(IndexReader reader, IReadOnlyList<ScoreDoc> candidates, float[][] rows)
    {
        var vectors = candidates.Select(c => (Hit: c, Vector: TopicReranker.VectorOf(reader, c.Doc))).ToList();
        if (vectors.All(v => v.Vector.Length == 0))
        {
            return;
        }

        var query = TopicReranker.QueryVector(vectors, TopicFeedback);
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i][RankingFeatures.TopicCosine] = TopicReranker.Cosine(query, vectors[i].Vector);
        }
    }

    /// <summary>The candidates grouped by segment, in document order within each: (candidate index, document number in the segment).</summary>
    internal static IEnumerable<(AtomicReaderContext Context, List<(int Index, int Local)> Members)> ByLeaf(IndexReader reader, int[] docs)
    {
        var leaves = reader.Leaves;
        return Enumerable.Range(0, docs.Length)
            .GroupBy(i => ReaderUtil.SubIndex(docs[i], leaves))
            .OrderBy(g => g.Key)
            .Select(g => (leaves[g.Key], g.Select(i => (i, docs[i] - leaves[g.Key].DocBase)).OrderBy(m => m.Item2).ToList()));
    }

    /// <summary>One occurrence of a query term in a text: its position, start offset, and the term's index in the query.</summary>
    internal readonly record struct Occurrence(int Position, int Start, int Term);
}
