using GovSearch.Tests.Support;
using GovSearch.Topics;
using Xunit;

namespace GovSearch.Tests.Topics;

/// <summary>Topic training prints nothing: ML.NET's native engine writes to standard output, and GovSearch keeps it
/// there. Alone in its collection, since it captures the whole process's output.</summary>
[Collection(ProcessOutputCollection.Name)]
public sealed class TopicTrainingOutputTests
{
    [Fact]
    public void Train_IsQuiet_NothingReachesConsoleOrStandardOutput()
    {
        var console = new StringWriter();
        var original = Console.Out;
        Console.SetOut(console);
        string descriptorOutput;
        try
        {
            // Captures descriptor 1 around training: whatever the native engine printed past GovSearch would land here.
            (_, descriptorOutput) = NativeStdout.Capture(() =>
            {
                using var model = TopicModel.Train(TopicTestData.SampleUnits, TopicTestData.FastOptions with { Iterations = 10 });
                model.InferBatch(TopicTestData.SampleUnits.Select(u => u.Tokens).ToArray());
                return 0;
            });
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(string.Empty, console.ToString());
        Assert.DoesNotContain("loglikelihood", descriptorOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("thread", descriptorOutput, StringComparison.Ordinal);
        Assert.Equal(string.Empty, descriptorOutput);
    }
}
