using System.Diagnostics;

namespace GovSearch.Tests.Support;

/// <summary>
/// A small tmpfs mounted on a fresh folder (Linux, as root): a real file system that fills up (ENOSPC) or turns
/// read-only (EROFS) on demand. Unmounted and removed on dispose.
/// </summary>
public sealed class TmpfsMount : IDisposable
{
    private static readonly Lazy<string?> Unavailability = new(Probe);

    private TmpfsMount(string path)
    {
        Path = path;
    }

    /// <summary>Why tmpfs mounts cannot be made here (not Linux, not root, mount refused), or <see langword="null"/>.</summary>
    public static string? Unavailable => Unavailability.Value;

    /// <summary>The mounted folder.</summary>
    public string Path { get; }

    /// <summary>A path inside the mount.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Mounts a tmpfs of a size such as "2m".</summary>
    /// <exception cref="InvalidOperationException">The mount failed.</exception>
    public static TmpfsMount Create(string size)
    {
        var path = Directory.CreateTempSubdirectory("govsearch-tmpfs-").FullName;
        var (code, error) = Run("mount", "-t", "tmpfs", "-o", $"size={size},mode=0755", "tmpfs", path);
        if (code != 0)
        {
            Directory.Delete(path);
            throw new InvalidOperationException($"mount -t tmpfs failed ({code}): {error}");
        }

        return new TmpfsMount(path);
    }

    /// <summary>Remounts the file system read-only or read-write.</summary>
    public void Remount(bool readOnly)
    {
        var (code, error) = Run("mount", "-o", readOnly ? "remount,ro" : "remount,rw", Path);
        if (code != 0)
        {
            throw new InvalidOperationException($"mount -o remount failed ({code}): {error}");
        }
    }

    /// <summary>Writes a ballast file until the file system is full; returns its path (delete it to free the space).</summary>
    public string Fill(string name = "ballast")
    {
        var path = File(name);
        var chunk = new byte[4096];
        new Random(1).NextBytes(chunk);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
        try
        {
            while (true)
            {
                stream.Write(chunk);
            }
        }
        catch (IOException)
        {
            // Full.
        }

        return path;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Run("umount", Path).Code != 0)
        {
            // Still in use (a file left open by a failed test): detach it now, the kernel frees it when it closes.
            Run("umount", "-l", Path);
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temp cleaner.
        }
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "tmpfs mounts need Linux.";
        }

        if (Environment.UserName != "root")
        {
            return $"tmpfs mounts need root; these tests run as '{Environment.UserName}'.";
        }

        try
        {
            Create("64k").Dispose();
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return $"tmpfs cannot be mounted here ({e.Message.Trim()}).";
        }
    }

    private static (int Code, string Error) Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }
}
