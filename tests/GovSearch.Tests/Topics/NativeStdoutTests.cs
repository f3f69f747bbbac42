using GovSearch.Topics;
using Xunit;

namespace GovSearch.Tests.Topics;

public sealed class NativeStdoutTests
{
    [Fact]
    public void Capture_CollectsWhatNativeCodePrints()
    {
        if (!NativeStdout.IsSupported)
        {
            return;
        }

        var (result, output) = NativeStdout.Capture(() => TestLibc.puts("printed by C"));

        Assert.True(result >= 0);
        Assert.Equal("printed by C\n", output);
    }

    [Fact]
    public void Capture_RestoresTheDescriptorAfterwards()
    {
        if (!NativeStdout.IsSupported)
        {
            return;
        }

        // The inner capture must hand descriptor 1 back to the outer one: what is printed after it reaches the outer capture.
        var (inner, outer) = NativeStdout.Capture(() =>
        {
            var (_, innerOutput) = NativeStdout.Capture(() => TestLibc.puts("inside"));
            TestLibc.puts("outside");
            return innerOutput;
        });

        Assert.Equal("inside\n", inner);
        Assert.Equal("outside\n", outer);
    }

    [Fact]
    public void Capture_RestoresTheDescriptorWhenTheActionThrows()
    {
        if (!NativeStdout.IsSupported)
        {
            return;
        }

        var (_, outer) = NativeStdout.Capture(() =>
        {
            Assert.Throws<InvalidOperationException>(() => NativeStdout.Capture<int>(() =>
            {
                TestLibc.puts("before the error");
                throw new InvalidOperationException("boom");
            }));
            TestLibc.puts("after the error");
            return 0;
        });

        Assert.Equal("after the error\n", outer);
    }
}
