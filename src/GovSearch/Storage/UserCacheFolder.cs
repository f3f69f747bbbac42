namespace GovSearch.Storage;

/// <summary>
/// The per-user folder where GovSearch keeps what it can rebuild: the segmenter's dictionaries, and the tool's default
/// index. It is <c>$GOVSEARCH_CACHE</c> when set, else <c>govsearch</c> in the user's local application data folder
/// (<c>~/.local/share/govsearch</c> on Linux, <c>~/Library/Application Support/govsearch</c> on macOS,
/// <c>%LOCALAPPDATA%\govsearch</c> on Windows).
/// </summary>
internal static class UserCacheFolder
{
    /// <summary>The environment variable that moves the folder.</summary>
    public const string VariableName = "GOVSEARCH_CACHE";

    /// <summary>The folder (not created here), or null when the user has no local application data folder.</summary>
    public static string? Path
    {
        get
        {
            if (Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } custom)
            {
                return System.IO.Path.GetFullPath(custom);
            }

            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            return local.Length == 0 ? null : System.IO.Path.Combine(local, "govsearch");
        }
    }
}
