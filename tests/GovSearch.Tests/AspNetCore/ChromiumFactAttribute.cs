namespace GovSearch.Tests.AspNetCore;

/// <summary>A fact that needs headless Chromium: skipped, saying how to install it, where it is not on PATH
/// (<c>.ci/run</c> installs Debian's chromium when missing).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.Executable is null)
        {
            Skip = "Chromium is not installed; run: apt-get install -y chromium";
        }
    }
}
