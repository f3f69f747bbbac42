using GovSearch.Documents;
using Xunit;

namespace GovSearch.Tests.Documents;

public sealed class PassageTests
{
    [Fact]
    public void EndAndTextOf_FollowStartAndLength()
    {
        var passage = new Passage(1, 3, 4, "第一章");

        Assert.Equal(7, passage.End);
        Assert.Equal("第一条 ", passage.TextOf("总则\n第一条 为了"));
    }
}
