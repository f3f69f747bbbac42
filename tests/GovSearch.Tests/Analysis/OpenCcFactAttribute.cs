namespace GovSearch.Tests.Analysis;

/// <summary>A fact that needs the <c>opencc</c> command (Debian's opencc package, which <c>.ci/run</c> installs when
/// missing): skipped, saying how to install it, where it is not on PATH.</summary>
public sealed class OpenCcFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when <c>opencc</c> is not installed.</summary>
    public OpenCcFactAttribute()
    {
        if (OpenCc.Executable is null)
        {
            Skip = "OpenCC is not installed; run: apt-get install -y opencc";
        }
    }
}
