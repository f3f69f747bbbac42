using System.Runtime.CompilerServices;

namespace GovSearch.Tests.Support;

/// <summary>
/// Points GovSearch's per-user folder (<c>GOVSEARCH_CACHE</c>: the segmenter's dictionary cache, the verified-file
/// record, the CLI's default index) at one temporary folder before any test runs, so that no test writes into, or
/// removes files from, the real per-user folder, and the folder does not change while tests run in parallel.
/// </summary>
internal static class TestCacheFolder
{
#pragma warning disable CA2255 // A module initializer in a test assembly: the setting must precede every test.
    [ModuleInitializer]
    internal static void Initialize() => _ = Cli.CliRunner.CachePath;
#pragma warning restore CA2255
}
