using GovSearch.Documents;
using Xunit;

namespace GovSearch.Tests.Documents;

public sealed class LoadProblemTests
{
    [Fact]
    public void ToString_UsesTheCompilerForm()
    {
        Assert.Equal("docs.jsonl:12: The line is bad.", new LoadProblem("docs.jsonl", 12, "The line is bad.").ToString());
        Assert.Equal("a.txt: The file is bad.", new LoadProblem("a.txt", null, "The file is bad.").ToString());
    }

    [Fact]
    public void DocumentLoadException_CarriesTheProblemAndItsCause()
    {
        var problem = new LoadProblem("docs.jsonl", 3, "The line is bad.");
        var cause = new FormatException("inner");

        var error = new DocumentLoadException(problem, cause);

        Assert.Same(problem, error.Problem);
        Assert.Same(cause, error.InnerException);
        Assert.Equal("docs.jsonl:3: The line is bad.", error.Message);
        Assert.IsAssignableFrom<GovSearchException>(error);
    }
}
