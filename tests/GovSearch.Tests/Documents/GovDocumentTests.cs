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
        Assert.Equal(16 * 1024 * 1024, GovDocument.DefaultMaxTextLength);
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

        Assert.Equal("Document 'd2' has 1,001 characters of text; the limit is 1,000 (IndexOptions.MaxTextLength).", problem);
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
}
