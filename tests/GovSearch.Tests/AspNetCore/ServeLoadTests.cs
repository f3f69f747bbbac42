using GovSearch.Benchmarks.Serving;

namespace GovSearch.Tests.AspNetCore;

/// <summary>The short version of the serve-load command (benchmarks/README.md): every request answered, none failed.
/// Its timings are printed, never asserted.</summary>
public sealed class ServeLoadTests(ServedIndexFixture served) : IClassFixture<ServedIndexFixture>
{
    [Fact]
    public async Task ServeLoad_AnswersEveryRequestWithoutErrors()
    {
        var report = new StringWriter();
        var (http, inProcess) = await ServeLoad.RunAsync(served.Index, requests: 200, clients: 8, report);

        Assert.Equal((200, 0), (http.Requests, http.Errors));
        Assert.Equal((200, 0), (inProcess.Requests, inProcess.Errors));
        Assert.Contains("| HTTP / in-process |", report.ToString(), StringComparison.Ordinal);
    }
}
