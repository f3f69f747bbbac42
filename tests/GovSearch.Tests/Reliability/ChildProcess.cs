using System.Diagnostics;
using System.Text;

namespace GovSearch.Tests.Reliability;

/// <summary>A real separate process running one of the built programs (the reliability host or the govsearch tool),
/// with its output captured, that a test can wait for or kill with SIGKILL.</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();

    private ChildProcess(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, program));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(_out, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The reliability host (tests/GovSearch.ReliabilityHost).</summary>
    public static ChildProcess Host(params string[] arguments) => new("GovSearch.ReliabilityHost.dll", arguments);

    /// <summary>The govsearch tool, as built.</summary>
    public static ChildProcess Tool(params string[] arguments) => new("GovSearch.Cli.dll", arguments);

    public string Output
    {
        get
        {
            lock (_out)
            {
                return _out.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>Waits for the process to end (at most <paramref name="limit"/>) and returns its exit code.</summary>
    public async Task<int> ExitAsync(TimeSpan? limit = null)
    {
        using var cancel = new CancellationTokenSource(limit ?? TimeSpan.FromMinutes(2));
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Waits until a line of standard output contains <paramref name="text"/>.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan? limit = null)
    {
        var deadline = DateTime.UtcNow + (limit ?? TimeSpan.FromMinutes(1));
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The child never printed '{text}'. Out: {Output} Error: {Error}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Closes the child's standard input (the host's <c>hold</c> verb then lets go).</summary>
    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>Kills the process at once (SIGKILL on Unix), as a crash or an out-of-memory killer would.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.WaitForExit();
    }

    public bool HasExited => _process.HasExited;

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }
}
