using GovSearch.Documents;
using Xunit;

namespace GovSearch.Tests.Documents;

public sealed class DocumentLoadOptionsTests
{
    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var options = new DocumentLoadOptions();

        Assert.Equal(LoadErrorMode.Skip, options.ErrorMode);
        Assert.Null(options.Encoding);
        Assert.Equal(GovDocument.DefaultMaximumTextLength, options.MaximumTextLength);
        Assert.Equal(16 * 1024 * 1024, options.MaximumTextLength);
        Assert.Equal([".txt", ".md", ".markdown"], options.TextExtensions);
        Assert.Equal(32L * 1024 * 1024, options.MaximumDocumentBytes);
        Assert.Equal(DocumentLoadOptions.DefaultMaximumDocumentBytes, options.MaximumDocumentBytes);
        Assert.Equal(1024L * 1024 * 1024, DocumentLoadOptions.MaximumDocumentBytesCeiling);
        options.Validate();

        // A new option must get its default asserted here.
        Assert.Equal(
            ["Encoding", "ErrorMode", "MaximumDocumentBytes", "MaximumTextLength", "TextExtensions"],
            typeof(DocumentLoadOptions).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_RejectsAnUnknownErrorMode_NamingTheOption()
    {
        var options = new DocumentLoadOptions { ErrorMode = (LoadErrorMode)7 };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal("ErrorMode", error.ParamName);
        Assert.StartsWith("DocumentLoadOptions.ErrorMode is 7; use Skip or Fail.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Validate_RejectsAMaxTextLengthBelow1_NamingTheOption(int maxTextLength)
    {
        var options = new DocumentLoadOptions { MaximumTextLength = maxTextLength };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal("MaximumTextLength", error.ParamName);
        Assert.StartsWith($"DocumentLoadOptions.MaximumTextLength is {maxTextLength}; it must be at least 1.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(1024L * 1024 * 1024 + 1)]
    public void Validate_RejectsAMaxDocumentBytesOutside1To1GiB_NamingTheOption(long maxDocumentBytes)
    {
        var options = new DocumentLoadOptions { MaximumDocumentBytes = maxDocumentBytes };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal("MaximumDocumentBytes", error.ParamName);
        Assert.StartsWith($"DocumentLoadOptions.MaximumDocumentBytes is {maxDocumentBytes}; it must be from 1 to 1073741824 (1 GiB).", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(1024L * 1024 * 1024)]
    public void Validate_AcceptsMaxDocumentBytesAtItsBounds(long maxDocumentBytes)
    {
        new DocumentLoadOptions { MaximumDocumentBytes = maxDocumentBytes }.Validate();
    }

    public static TheoryData<string[]?> BadExtensions() => new() { null, Array.Empty<string>(), new[] { "txt" }, new[] { ".txt", null! } };

    [Theory]
    [MemberData(nameof(BadExtensions))]
    public void Validate_RejectsMissingOrUndottedTextExtensions_NamingTheOption(string[]? extensions)
    {
        var options = new DocumentLoadOptions { TextExtensions = extensions! };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal("TextExtensions", error.ParamName);
        Assert.StartsWith("DocumentLoadOptions.TextExtensions must list at least one ending, each starting with '.'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentLoader_ValidatesItsOptions()
    {
        Assert.Throws<ArgumentException>(() => new DocumentLoader(new DocumentLoadOptions { MaximumTextLength = 0 }));
    }
}
