namespace GovSearch.Analysis;

/// <summary>The token types the tokenizer sets.</summary>
internal static class TokenTypes
{
    public const string Han = "<HAN>";
    public const string Protected = "<PROTECTED>";
    public const string Word = "<ALPHANUM>";
    public const string Number = "<NUM>";
}
