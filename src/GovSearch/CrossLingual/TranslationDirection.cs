namespace GovSearch.CrossLingual;

/// <summary>Which way a translation goes.</summary>
internal enum TranslationDirection
{
    /// <summary>English source terms, Chinese target terms.</summary>
    EnglishToChinese,

    /// <summary>Chinese source terms, English target terms.</summary>
    ChineseToEnglish,
}
