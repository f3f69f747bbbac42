using GovSearch.Documents;
using Xunit;

namespace GovSearch.Tests.Documents;

public sealed class GovDocumentTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void Constructor_RejectsABlankId(string? id)
    {
        var error = Assert.Throws<ArgumentException>(() => new GovDocument(id!));

        Assert.Equal("id", error.ParamName);
        Assert.StartsWith("A document id must be a non-empty string.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_AreEmptyOrUnknown()
    {
        var document = new GovDocument("a");

        Assert.Equal("a", document.Id);
        Assert.Equal(string.Empty, document.Title);
        Assert.Equal(string.Empty, document.Text);
        Assert.Null(document.Language);
        Assert.Null(document.Date);
        Assert.Null(document.Source);
        Assert.Null(document.DocType);
        Assert.Empty(document.Metadata);
        Assert.Equal(16 * 1024 * 1024, GovDocument.DefaultMaximumTextLength);
    }

    [Fact]
    public void Validate_AcceptsADocumentWithATitleOrAText()
    {
        Assert.Null(new GovDocument("a") { Title = "标题" }.Validate());
        Assert.Null(new GovDocument("b") { Text = "正文" }.Validate());
        Assert.Null(new GovDocument("c") { Text = "x", Language = "ZH-HANT" }.Validate());
    }

    [Fact]
    public void Validate_NamesAnEmptyDocument()
    {
        var problem = new GovDocument("d1") { Title = " ", Text = "\n\t" }.Validate();

        Assert.Equal("Document 'd1' is empty: it has neither a title nor any text.", problem);
    }

    [Fact]
    public void Validate_NamesATextOverTheLimit()
    {
        var problem = new GovDocument("d2") { Text = new string('x', 1001) }.Validate(maxTextLength: 1000);

        Assert.Equal("Document 'd2' has 1,001 characters of text; the limit is 1,000 (GovSearchIndexOptions.MaximumTextLength).", problem);
    }

    [Fact]
    public void Validate_NamesAnUnknownLanguage()
    {
        var problem = new GovDocument("d3") { Text = "x", Language = "fr" }.Validate();

        Assert.Equal("Document 'd3' has language 'fr'; use one of zh, zh-Hant, en, mixed or leave it empty to detect it.", problem);
    }

    [Fact]
    public void Validate_NamesAnEmptyMetadataKey()
    {
        var problem = new GovDocument("d4") { Text = "x", Metadata = new Dictionary<string, string> { [" "] = "v" } }.Validate();

        Assert.Equal("Document 'd4' has a metadata entry with an empty key.", problem);
    }

    [Theory]
    [InlineData("law/2020/1")]
    [InlineData("sub/deeper/d.TXT")]
    [InlineData("..hidden")]
    [InlineData("a..b/c.")]
    [InlineData("中华人民共和国宪法")]
    [InlineData("emoji-\U0001F600")]
    public void Validate_AcceptsIdsWithSlashesInside(string id)
    {
        Assert.Null(new GovDocument(id) { Text = "x" }.Validate());
    }

    [Fact]
    public void Validate_AcceptsAnIdOfExactlyMaxIdLength()
    {
        Assert.Equal(1024, GovDocument.MaximumIdLength);
        Assert.Null(new GovDocument(new string('x', GovDocument.MaximumIdLength)) { Text = "x" }.Validate());
    }

    [Theory]
    [InlineData("/abs", "Document id '/abs' starts with '/'; ids are names, not absolute paths.")]
    [InlineData("\\abs", "Document id '\\abs' starts with '\\'; ids are names, not absolute paths.")]
    [InlineData("..", "Document id '..' holds a '..' segment; ids are names, not relative paths.")]
    [InlineData("../../x", "Document id '../../x' holds a '..' segment; ids are names, not relative paths.")]
    [InlineData("a/..\\b", "Document id 'a/..\\b' holds a '..' segment; ids are names, not relative paths.")]
    [InlineData("tab\there", "Document id 'tab\\u0009here' holds the control character U+0009 at position 4; ids may not hold control characters.")]
    [InlineData("nul\0", "Document id 'nul\\u0000' holds the control character U+0000 at position 4; ids may not hold control characters.")]
    [InlineData("c1\u0085", "Document id 'c1\\u0085' holds the control character U+0085 at position 3; ids may not hold control characters.")]
    public void Validate_RejectsIdsThatLookLikePathsOrHoldControlCharacters(string id, string problem)
    {
        Assert.Equal(problem, new GovDocument(id) { Text = "x" }.Validate());
    }

    [Fact]
    public void Validate_RejectsAnIdWithAnUnpairedSurrogate()
    {
        // Built here: xunit would turn a lone surrogate in [InlineData] into U+FFFD.
        var id = "half" + (char)0xD800;

        Assert.Equal(
            "Document id 'half\\uD800' holds an unpaired surrogate U+D800 at position 5; ids must be valid Unicode.",
            new GovDocument(id) { Text = "x" }.Validate());
    }

    [Fact]
    public void Validate_RejectsAnIdLongerThanMaxIdLength_ShowingOnlyItsStart()
    {
        var problem = new GovDocument(new string('x', 10_000)) { Text = "x" }.Validate();

        Assert.Equal($"Document id '{new string('x', 80)}…' has 10,000 characters; the limit is 1,024.", problem);
    }
}
