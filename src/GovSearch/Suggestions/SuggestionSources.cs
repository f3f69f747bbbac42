namespace GovSearch;

/// <summary>Where a <see cref="Suggestion"/> comes from. Several may be set at once.</summary>
[Flags]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "The name says what the flags are: the sources of a suggestion.")]
public enum SuggestionSources
{
    /// <summary>No source.</summary>
    None = 0,

    /// <summary>A document title, whole (<c>中华人民共和国数据安全法</c>).</summary>
    Title = 1,

    /// <summary>The end of a Chinese title that starts at a word, such as <c>数据安全法</c> of <c>中华人民共和国数据安全法</c>, or an
    /// English title without a leading "The".</summary>
    TitlePart = 2,

    /// <summary>A passage heading less its numbering, such as <c>法律责任</c> of <c>第六章 法律责任</c>.</summary>
    Heading = 4,

    /// <summary>A protected formulation of the index's analysis (<see cref="AnalysisOptions.ProtectedTerms"/>) that the documents hold.</summary>
    ProtectedTerm = 8,

    /// <summary>A term of two or three words that stand together in the texts of several documents (<c>数据安全</c>, <c>rule of law</c>).</summary>
    Phrase = 16,

    /// <summary>Every source.</summary>
    All = Title | TitlePart | Heading | ProtectedTerm | Phrase,
}
