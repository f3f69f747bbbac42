using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.AspNetCore;

/// <summary>
/// Debian's headless Chromium, driven over the DevTools protocol on a WebSocket (no Selenium or Playwright): navigate,
/// evaluate script in the page, wait for a condition, take a screenshot. <c>.ci/run</c> installs it when missing.
/// </summary>
public sealed partial class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TempFolder _profile;
    private readonly ClientWebSocket _socket;
    private int _nextId;

    private HeadlessChromium(Process process, TempFolder profile, ClientWebSocket socket)
    {
        _process = process;
        _profile = profile;
        _socket = socket;
    }

    /// <summary>The browser's program on PATH, or null.</summary>
    public static string? Executable { get; } = new[] { "chromium", "chromium-browser", "google-chrome" }
        .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(folder => Path.Combine(folder, name)))
        .FirstOrDefault(File.Exists);

    public static async Task<HeadlessChromium> StartAsync(int width = 1400, int height = 1000)
    {
        var program = Executable ?? throw new InvalidOperationException("Chromium is not installed; run: apt-get install -y chromium");
        var profile = new TempFolder();
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--hide-scrollbars", "--lang=zh-CN",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", $"--user-data-dir={profile.Path}",
            $"--window-size={width},{height}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var port = await DevToolsPortAsync(process);
        using var http = new HttpClient();
        var targets = JsonDocument.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list"));
        var page = targets.RootElement.EnumerateArray().First(t => t.GetProperty("type").GetString() == "page");
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!), CancellationToken.None);
        var browser = new HeadlessChromium(process, profile, socket);
        await browser.SendAsync("Page.enable");
        await browser.SendAsync("Runtime.enable");
        return browser;
    }

    /// <summary>Opens a URL and waits until its document has loaded.</summary>
    public async Task NavigateAsync(Uri url)
    {
        await SendAsync("Page.navigate", new { url = url.AbsoluteUri });
        await WaitForAsync("document.readyState === 'complete' && location.href !== 'about:blank'");
    }

    /// <summary>Evaluates an expression in the page (promises awaited) and returns its value as JSON.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var answer = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true });
        if (answer.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException($"The page threw while evaluating {expression}: {exception}");
        }

        var result = answer.GetProperty("result");
        return result.TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    /// <summary>Waits until an expression is true in the page.</summary>
    public async Task WaitForAsync(string condition, TimeSpan? limit = null)
    {
        var deadline = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await EvaluateAsync($"Boolean({condition})");
            if (value.ValueKind == JsonValueKind.True)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                var page = await EvaluateAsync("document.body ? document.body.innerText.slice(0, 500) : ''");
                throw new TimeoutException($"The page never met {condition}. It shows: {page}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>A PNG of the viewport.</summary>
    public async Task<byte[]> ScreenshotAsync()
    {
        var answer = await SendAsync("Page.captureScreenshot", new { format = "png" });
        return Convert.FromBase64String(answer.GetProperty("data").GetString()!);
    }

    /// <summary>Sends one DevTools command and returns its result, skipping the events that arrive meanwhile.</summary>
    public async Task<JsonElement> SendAsync(string method, object? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            using var reply = JsonDocument.Parse(await ReceiveAsync(timeout.Token));
            if (reply.RootElement.TryGetProperty("id", out var replyId) && replyId.GetInt32() == id)
            {
                if (reply.RootElement.TryGetProperty("error", out var error))
                {
                    throw new InvalidOperationException($"DevTools {method} failed: {error}");
                }

                return reply.RootElement.GetProperty("result").Clone();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // The browser went first.
        }

        _socket.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        _profile.Dispose();
    }

    private async Task<string> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var part = await _socket.ReceiveAsync(buffer, cancellationToken);
            message.Write(buffer, 0, part.Count);
            if (part.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            }
        }
    }

    /// <summary>Reads Chromium's "DevTools listening on ws://127.0.0.1:PORT/…" line.</summary>
    private static async Task<int> DevToolsPortAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var seen = new StringBuilder();
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            seen.AppendLine(line);
            if (DevToolsLine().Match(line) is { Success: true } match)
            {
                _ = process.StandardError.ReadToEndAsync(); // keep the pipe drained
                return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"Chromium exited without opening DevTools: {seen}");
    }

    [GeneratedRegex(@"DevTools listening on ws://127\.0\.0\.1:(\d+)/")]
    private static partial Regex DevToolsLine();
}
