using System.Globalization;

namespace GovSearch;

/// <summary>
/// Settings for learning a topic model (latent Dirichlet allocation, LightLDA from ML.NET) over a corpus.
/// Every setting documents its default and allowed range; <see cref="Validate"/> checks them.
/// </summary>
/// <remarks>
/// With <see cref="Threads"/> at 1 (the default), training the same corpus with the same options gives the same
/// topics and the same vectors, on every run. More threads train faster but the result then varies from run to run.
/// </remarks>
public sealed record TopicModelOptions
{
    /// <summary>The default options.</summary>
    public static TopicModelOptions Default { get; } = new();

    /// <summary>The number of topics to learn: 2 to 500. Default: 20.</summary>
    public int NumberOfTopics { get; init; } = 20;

    /// <summary>
    /// The number of sampling sweeps over the training tokens: 1 to 10,000. Default: 100. LightLDA's
    /// Metropolis-Hastings sampler has settled by then on governance texts: more sweeps cost time in proportion and gave
    /// the same topic coherence within the spread between seeds (the measurements are in the benchmark README).
    /// </summary>
    public int Iterations { get; init; } = 100;

    /// <summary>
    /// The seed of training: any value. Default: 42. The same seed gives the same model; another seed, another
    /// equally valid one. (LightLDA's own generator has a fixed start, so the seed shuffles the order in which units
    /// reach it, and seeds ML.NET's context.)
    /// </summary>
    public int Seed { get; init; } = 42;

    /// <summary>
    /// The threads used for training: 1 to 64. Default: 1, the only setting whose result is reproducible;
    /// with more threads the topics differ from run to run.
    /// </summary>
    public int Threads { get; init; } = 1;

    /// <summary>
    /// A word must occur in at least this many units (documents) to enter the vocabulary: at least 1. Default: 3.
    /// Rarer words carry little topical signal and mostly add noise.
    /// </summary>
    public int MinimumDocumentFrequency { get; init; } = 3;

    /// <summary>
    /// A word occurring in more than this share of the units is left out of the vocabulary: greater than 0, at most 1.
    /// Default: 0.5. Such words (规定, 条例, "state") are in nearly every topic and say nothing about any one.
    /// </summary>
    public double MaximumDocumentFrequencyShare { get; init; } = 0.5;

    /// <summary>
    /// The largest vocabulary: 100 to 1,000,000 words. Default: 20,000. When more words qualify, the most frequent
    /// ones are kept (ties broken by ordinal order of the word).
    /// </summary>
    public int MaximumVocabularySize { get; init; } = 20_000;

    /// <summary>
    /// The most vocabulary tokens LDA learns from: 10,000 to <see cref="int.MaxValue"/>. Default: 500,000.
    /// Training time grows with the tokens sampled times <see cref="Iterations"/>. When the documents hold more, each
    /// one gives up to the same number of its pieces of 512 tokens, evenly spaced through its text, with that number
    /// as large as the budget allows, so short documents are learned whole and long reports are sampled; when even one
    /// piece of each is too much, documents at even intervals give one piece each. Every document still gets its topic
    /// vector from all its words. Set <see cref="int.MaxValue"/> to learn from every token, at a cost that grows with them.
    /// </summary>
    public int MaximumTrainingTokens { get; init; } = 500_000;

    /// <summary>The words listed for each topic in <see cref="TopicDescription.TopWords"/>: 3 to 100. Default: 10.</summary>
    public int TopWordsPerTopic { get; init; } = 10;

    /// <summary>
    /// Files of aligned Chinese and English text that topic training also learns from, as training-only joint units:
    /// each aligned pair is one unit of both texts, so their words share topics, but it is no document of the index and
    /// gets no vector. Default: none. Each path must be non-empty. A <c>.jsonl</c> file is in the corpus schema (one JSON
    /// object a line with <c>lang</c>, <c>text</c>, optional <c>title</c>, and <c>parallel_id</c>): a <c>zh</c> and an
    /// <c>en</c> record with the same <c>parallel_id</c> are a pair, such as the corpus's article-aligned
    /// <c>parallel.jsonl</c>; records in other languages are skipped. Any other file is UTF-8 text of
    /// <c>chinese TAB english</c> lines, as <see cref="GovSearchIndexOptions.ParallelTextFiles"/>. Training reads the
    /// files; a missing or malformed file is a <see cref="TranslationFileException"/> naming the file and line. The
    /// pairs' tokens count against <see cref="MaximumTrainingTokens"/> first, whole; the documents share the rest.
    /// </summary>
    public IReadOnlyList<string> ParallelTextFiles { get; init; } = [];

    /// <summary>Whether the other options hold the same settings; <see cref="ParallelTextFiles"/> compare path by path, in order
    /// (so options read back from a saved model equal the ones it was trained with).</summary>
    /// <param name="other">The other options.</param>
    public bool Equals(TopicModelOptions? other) =>
        other is not null &&
        NumberOfTopics == other.NumberOfTopics &&
        Iterations == other.Iterations &&
        Seed == other.Seed &&
        Threads == other.Threads &&
        MinimumDocumentFrequency == other.MinimumDocumentFrequency &&
        MaximumDocumentFrequencyShare.Equals(other.MaximumDocumentFrequencyShare) &&
        MaximumVocabularySize == other.MaximumVocabularySize &&
        MaximumTrainingTokens == other.MaximumTrainingTokens &&
        TopWordsPerTopic == other.TopWordsPerTopic &&
        (ParallelTextFiles ?? []).SequenceEqual(other.ParallelTextFiles ?? [], StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(NumberOfTopics);
        hash.Add(Iterations);
        hash.Add(Seed);
        hash.Add(Threads);
        hash.Add(MinimumDocumentFrequency);
        hash.Add(MaximumDocumentFrequencyShare);
        hash.Add(MaximumVocabularySize);
        hash.Add(MaximumTrainingTokens);
        hash.Add(TopWordsPerTopic);
        foreach (var file in ParallelTextFiles ?? [])
        {
            hash.Add(file, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Checks every setting against its documented range. Every method that takes these options calls it
    /// before it does anything, so calling it yourself only moves the error earlier (for example, to where the options
    /// are read from configuration). Checks only these values, never the state of an index.</summary>
    /// <exception cref="ArgumentException">A setting is out of its range; the message names the setting and the range.</exception>
    public void Validate()
    {
        CheckRange(NumberOfTopics, 2, 500, nameof(NumberOfTopics));
        CheckRange(Iterations, 1, 10_000, nameof(Iterations));
        CheckRange(Threads, 1, 64, nameof(Threads));
        CheckRange(MinimumDocumentFrequency, 1, int.MaxValue, nameof(MinimumDocumentFrequency));
        CheckRange(MaximumVocabularySize, 100, 1_000_000, nameof(MaximumVocabularySize));
        CheckRange(TopWordsPerTopic, 3, 100, nameof(TopWordsPerTopic));
        CheckRange(MaximumTrainingTokens, 10_000, int.MaxValue, nameof(MaximumTrainingTokens));

        if (ParallelTextFiles is null || ParallelTextFiles.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("TopicModelOptions.ParallelTextFiles must be a list of non-empty file paths (empty for none).", nameof(ParallelTextFiles));
        }

        if (double.IsNaN(MaximumDocumentFrequencyShare) || MaximumDocumentFrequencyShare is <= 0 or > 1)
        {
            throw Error(nameof(MaximumDocumentFrequencyShare), MaximumDocumentFrequencyShare, "greater than 0 and at most 1");
        }
    }

    private static void CheckRange(int value, int minimum, int maximum, string name)
    {
        if (value < minimum || value > maximum)
        {
            var range = maximum == int.MaxValue
                ? string.Create(CultureInfo.InvariantCulture, $"at least {minimum:N0}")
                : string.Create(CultureInfo.InvariantCulture, $"between {minimum:N0} and {maximum:N0}");
            throw Error(name, value, range);
        }
    }

    private static ArgumentException Error(string name, object value, string range) =>
        new(string.Create(CultureInfo.InvariantCulture, $"TopicModelOptions.{name} is {value}; it must be {range}."), name);
}
