using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text;
using GovSearch.Documents.Formats;
using GovSearch.Documents;

namespace GovSearch;

/// <summary>
/// Reads documents from files: plain text and Markdown, web pages (HTML), Word (DOCX) and PDF files, and JSON lines in
/// the corpus schema (<c>id, title, lang, doc_type, date, source, parallel_id, text</c>).
/// </summary>
/// <remarks>
/// <para>A folder is read recursively in ordinal path order, leaving out hidden files and folders (names starting with
/// '.') and files <see cref="DocumentLoadOptions.Include"/>/<see cref="DocumentLoadOptions.Exclude"/> leave out; a file
/// of any other format is recorded in <see cref="Problems"/> as unsupported. Each file is one document: its id is its
/// path relative to <see cref="DocumentLoadOptions.Root"/> (default: the folder given), with '/', in Unicode normal form
/// C. Its title is the format's own (a DOCX's title property or Title style, a page's metadata or <c>h1</c>, a PDF's
/// largest heading at the top of page one), else the first Markdown heading or first non-blank line; its text is the
/// body without the title, one paragraph per line; headings the format marks cut its passages.</para>
/// <para>A JSON lines file has one object per line. <c>id</c> is required; <c>parallel_id</c> and any other
/// string field not in the schema go to <see cref="GovDocument.Metadata"/>.</para>
/// <para>Bad input (a file or line over <see cref="DocumentLoadOptions.MaximumDocumentBytes"/>, a binary file, NUL bytes or
/// bytes no accepted encoding allows, malformed JSON or JSON nested deeper than 64 levels, a missing id or one that
/// breaks the rules at <see cref="GovDocument.Id"/>, a bad date or language, an empty document, an id seen before in
/// this load) is, by default, skipped and recorded in <see cref="Problems"/> with its file
/// and line, while the rest loads. With <see cref="LoadErrorMode.Fail"/> the first one throws instead.
/// One loader may read several paths; ids must be unique across all of them.</para>
/// </remarks>
public sealed class DocumentLoader
{
    private readonly DocumentLoadOptions _options;
    private readonly List<LoadProblem> _problems = [];
    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);
    private readonly DocumentFormats _formats;
    private readonly Glob[] _include;
    private readonly Glob[] _exclude;

    /// <summary>Creates a loader.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public DocumentLoader(DocumentLoadOptions? options = null)
    {
        _options = options ?? new DocumentLoadOptions();
        _options.Validate();
        _formats = new DocumentFormats(_options);
        _include = [.. _options.Include.Select(p => new Glob(p))];
        _exclude = [.. _options.Exclude.Select(p => new Glob(p))];
    }

    /// <summary>The inputs skipped so far, in the order met.</summary>
    public IReadOnlyList<LoadProblem> Problems => _problems;

    /// <summary>The number of bytes of input read so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Reads every document under one path: a folder, a .jsonl file, or a single file of a supported format.</summary>
    /// <param name="path">The folder or file.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="FileNotFoundException">The path does not exist.</exception>
    /// <exception cref="DocumentLoadException">A bad input, with <see cref="LoadErrorMode.Fail"/>.</exception>
    public async IAsyncEnumerable<GovDocument> LoadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            var folder = Path.GetFullPath(path);
            var root = _options.Root is { } named ? Path.GetFullPath(named) : folder;
            foreach (var file in FolderFiles(folder))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
                if ((_include.Length > 0 && !_include.Any(g => g.Matches(relative))) || _exclude.Any(g => g.Matches(relative)))
                {
                    continue;
                }

                if (DocumentFormats.IsJsonLines(file))
                {
                    await foreach (var document in ReadJsonLinesAsync(file, cancellationToken).ConfigureAwait(false))
                    {
                        yield return document;
                    }

                    continue;
                }

                if (_formats.For(file) is not { } reader)
                {
                    var extension = Path.GetExtension(file);
                    Problem(file, null, extension.Length > 1
                        ? $"unsupported format {extension.ToLowerInvariant()}: GovSearch reads {string.Join(", ", _formats.Extensions)}."
                        : $"unsupported format (the file name has no ending): GovSearch reads {string.Join(", ", _formats.Extensions)}.");
                    continue;
                }

                if (IdFor(file, root) is { } id)
                {
                    var document = await ReadFileAsync(reader, file, id, cancellationToken).ConfigureAwait(false);
                    if (document is not null)
                    {
                        yield return document;
                    }
                }
            }
        }
        else if (File.Exists(path))
        {
            if (DocumentFormats.IsJsonLines(path))
            {
                await foreach (var document in ReadJsonLinesAsync(path, cancellationToken).ConfigureAwait(false))
                {
                    yield return document;
                }
            }
            else
            {
                var full = Path.GetFullPath(path);
                var root = _options.Root is { } named ? Path.GetFullPath(named) : Path.GetDirectoryName(full)!;
                if (IdFor(full, root, path) is { } id)
                {
                    var document = await ReadFileAsync(_formats.For(path) ?? _formats.Text, path, id, cancellationToken).ConfigureAwait(false);
                    if (document is not null)
                    {
                        yield return document;
                    }
                }
            }
        }
        else
        {
            throw new FileNotFoundException($"'{path}' is neither a file nor a folder.", path);
        }
    }

    /// <summary>Every file under a folder, in ordinal path order, leaving out hidden files and folders (names starting with '.').</summary>
    private static IEnumerable<string> FolderFiles(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>A file's id: its path relative to the root, with '/', in Unicode normal form C; <see langword="null"/> (and a
    /// problem) when the file is outside the root.</summary>
    private string? IdFor(string file, string root, string? shown = null)
    {
        var relative = Path.GetRelativePath(root, file);
        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            Problem(shown ?? file, null, $"The file is outside the root folder {root}; ids are paths relative to the root, so name a root that holds every file.");
            return null;
        }

        return relative.Replace('\\', '/').Normalize(NormalizationForm.FormC);
    }

    private async Task<GovDocument?> ReadFileAsync(IDocumentReader reader, string file, string id, CancellationToken cancellationToken)
    {
        ExtractedDocument extracted;
        await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: reader.ReadsBytes))
        {
            ReadOnlyMemory<byte> bytes = default;
            if (reader.ReadsBytes)
            {
                var (read, problem) = await ReadBytesAsync(stream, cancellationToken).ConfigureAwait(false);
                if (problem is not null)
                {
                    return Problem(file, null, problem);
                }

                bytes = read;
            }
            else
            {
                BytesRead += stream.Length;
            }

            try
            {
                extracted = reader.Read(new FileInput(file, stream, bytes), _options, cancellationToken);
            }
            catch (UnreadableDocumentException e)
            {
                return Problem(file, e.Line, e.Message, e.InnerException);
            }
        }

        var document = new GovDocument(id)
        {
            Title = extracted.Title,
            Text = extracted.Text,
            Date = extracted.Date,
            Headings = extracted.Headings,
        };
        return Accept(document, file, null);
    }

    /// <summary>Reads a whole file within <see cref="DocumentLoadOptions.MaximumDocumentBytes"/>; a problem instead when it is larger.</summary>
    private async Task<(ReadOnlyMemory<byte> Bytes, string? Problem)> ReadBytesAsync(FileStream stream, CancellationToken cancellationToken)
    {
        // Refuse an oversized file by its size, and read at most one byte past the limit in case it is growing.
        var limit = _options.MaximumDocumentBytes;
        if (stream.Length > limit)
        {
            BytesRead += stream.Length;
            return (default, TooLarge("The file", stream.Length));
        }

        // The size is a hint: a file may grow after it, or report none (a pipe). Read to the end, growing the buffer
        // as needed, but never to more than one byte past the limit.
        var buffer = new byte[(int)Math.Min(stream.Length, limit) + 1];
        var length = 0;
        while (true)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            length += read;
            if (read == 0 || length > limit)
            {
                break;
            }

            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, 4096), limit + 1));
            }
        }

        BytesRead += length;
        return length > limit ? (default, TooLarge("The file", length, atLeast: true)) : (buffer.AsMemory(0, length), null);
    }

    internal static string NulByte(string what, int offset) => string.Create(
        CultureInfo.InvariantCulture,
        $"The {what} holds a NUL byte at byte offset {offset}; text holds none. If it is UTF-16 without a byte-order mark, save it with one or declare its encoding.");

    private string TooLarge(string what, long bytes, bool atLeast = false) => string.Create(
        CultureInfo.InvariantCulture,
        $"{what} has {(atLeast ? "more than " : string.Empty)}{bytes - (atLeast ? 1 : 0):N0} bytes; the limit is {_options.MaximumDocumentBytes:N0} bytes, so it was not read.");

    private async IAsyncEnumerable<GovDocument> ReadJsonLinesAsync(string file, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);

        // In UTF-16 and UTF-32 a line break is a whole code unit, not the byte '\n'; those need a byte-order mark.
        var head = new byte[4];
        var headLength = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        stream.Position = 0;
        var wide = TextDecoder.DetectWide(head.AsSpan(0, headLength), _options.Encoding);
        var lineBreak = wide?.Encoding.GetBytes("\n") ?? [(byte)'\n'];
        var lines = new ByteLineReader(stream, lineBreak, (int)_options.MaximumDocumentBytes);
        var encoding = wide?.Encoding;
        var lineNumber = 0;
        while (await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (lines.LastLineTooLong)
            {
                BytesRead += lines.LastLineLength + lineBreak.Length;
                Problem(file, lineNumber, TooLarge("The line", lines.LastLineLength));
                continue;
            }

            BytesRead += line.Length + lineBreak.Length;
            var bytes = line.Span;
            var skip = lineNumber == 1 ? wide?.PreambleLength ?? 0 : 0;
            var lineEncoding = encoding;
            if (lineEncoding is null)
            {
                try
                {
                    (lineEncoding, skip) = TextDecoder.Detect(bytes, _options.Encoding);
                }
                catch (DecoderFallbackException e)
                {
                    Problem(file, lineNumber, e.BytesUnknown is [0] ? NulByte("line", e.Index) : $"The line is not text in UTF-8, UTF-16, GB18030 or Big5 ({e.Message}).", e);
                    continue;
                }

                // Plain ASCII reads the same in UTF-8 and GB18030, so only a byte-order mark, a declared encoding or
                // a line with other bytes settles the encoding of the rest of the file.
                if (skip > 0 || _options.Encoding is not null || !Ascii.IsValid(bytes))
                {
                    encoding = lineEncoding;
                }
            }

            string json;
            try
            {
                json = lineEncoding.GetString(bytes[Math.Min(skip, bytes.Length)..]);
            }
            catch (DecoderFallbackException e)
            {
                Problem(file, lineNumber, $"The line is not valid {lineEncoding.WebName} ({e.Message}).", e);
                continue;
            }

            if (string.IsNullOrWhiteSpace(json))
            {
                continue;
            }

            var document = ParseRecord(json, file, lineNumber);
            if (document is not null && Accept(document, file, lineNumber) is { } accepted)
            {
                yield return accepted;
            }
        }
    }

    private GovDocument? ParseRecord(string json, string file, int line)
    {
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxJsonDepth });
        }
        catch (JsonException e)
        {
            return Problem(file, line, $"The line is not valid JSON: {JsonReason(e)}", e);
        }

        using (parsed)
        {
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Problem(file, line, $"The line holds a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object.");
            }

            string? id = null, title = null, text = null, lang = null, docType = null, source = null, date = null;
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                var value = property.Value;
                if (value.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                if (value.ValueKind != JsonValueKind.String)
                {
                    if (property.Name is "id" or "title" or "text" or "lang" or "doc_type" or "source" or "date")
                    {
                        return Problem(file, line, $"Field '{property.Name}' must be a string or null, not a {value.ValueKind.ToString().ToLowerInvariant()}.");
                    }

                    metadata[property.Name] = value.GetRawText();
                    continue;
                }

                string s;
                try
                {
                    s = value.GetString()!;
                }
                catch (InvalidOperationException e)
                {
                    return Problem(file, line, $"Field '{Printable.Id(property.Name)}' is not valid Unicode text: {e.Message}", e);
                }

                switch (property.Name)
                {
                    case "id": id = s; break;
                    case "title": title = s; break;
                    case "text": text = s; break;
                    case "lang": lang = s; break;
                    case "doc_type": docType = s; break;
                    case "source": source = s; break;
                    case "date": date = s; break;
                    default: metadata[property.Name] = s; break;
                }
            }

            if (string.IsNullOrWhiteSpace(id))
            {
                return Problem(file, line, "The record has no 'id'; every record needs a non-empty string id.");
            }

            if (GovDocument.ValidateId(id) is { } badId)
            {
                return Problem(file, line, badId);
            }

            DocumentDate? documentDate = null;
            if (!string.IsNullOrWhiteSpace(date))
            {
                if (!DocumentDate.TryParse(date, out var parsedDate))
                {
                    return Problem(file, line, $"Record '{Printable.Id(id)}' has date '{Printable.Id(date)}'; use yyyy, yyyy-MM or yyyy-MM-dd.");
                }

                documentDate = parsedDate;
            }

            string? language = null;
            if (!string.IsNullOrWhiteSpace(lang))
            {
                language = DocumentLanguages.Canonical(lang);
                if (language is null)
                {
                    return Problem(file, line, $"Record '{Printable.Id(id)}' has lang '{Printable.Id(lang)}'; use one of {string.Join(", ", DocumentLanguages.All)}, or null to detect it.");
                }
            }

            return new GovDocument(id)
            {
                Title = title ?? string.Empty,
                Text = text ?? string.Empty,
                Language = language,
                DocType = docType,
                Source = source,
                Date = documentDate,
                Metadata = metadata,
            };
        }
    }

    private GovDocument? Accept(GovDocument document, string file, int? line)
    {
        if (document.Check(_options.MaximumTextLength, limitName: null) is { } invalid)
        {
            return Problem(file, line, invalid);
        }

        var here = line is null ? file : $"{file}:{line}";
        if (!_seen.TryAdd(document.Id, here))
        {
            return Problem(file, line, $"Id '{Printable.Id(document.Id)}' was already loaded from {_seen[document.Id]}; ids must be unique.");
        }

        return document;
    }

    /// <summary>The deepest nesting of arrays and objects a JSON line may have.</summary>
    internal const int MaxJsonDepth = 64;

    /// <summary>The parser's reason without its JSON path (which, for deep nesting, is as long as the nesting).</summary>
    private static string JsonReason(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        cut = cut >= 0 ? cut : message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        var reason = cut >= 0 ? message[..cut] : message;
        return e.BytePositionInLine is { } position
            ? string.Create(CultureInfo.InvariantCulture, $"{reason} (at byte {position + 1} of the record)")
            : reason;
    }

    private GovDocument? Problem(string file, int? line, string message, Exception? cause = null)
    {
        var problem = new LoadProblem(file, line, message);
        if (_options.ErrorMode == LoadErrorMode.Fail)
        {
            throw new DocumentLoadException(problem, cause);
        }

        _problems.Add(problem);
        if (_options.LoggerFactory is { } loggers)
        {
            Telemetry.Log.InputSkipped(loggers.CreateLogger(Telemetry.GovSearchTelemetry.LoggerCategory), problem.Line is { } at ? $"{problem.Path}:{at}" : problem.Path, problem.Message);
        }

        return null;
    }

    /// <summary>The first Markdown heading in the first 20 non-blank lines, else the first non-blank line (at most 200 characters).</summary>
    internal static string TitleOf(string text)
    {
        string? first = null;
        var seen = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (line[0] == '#')
            {
                return Cap(line.TrimStart('#').Trim().ToString());
            }

            first ??= line.ToString();
            if (++seen >= 20)
            {
                break;
            }
        }

        return Cap(first ?? string.Empty);

        static string Cap(string title) => title.Length <= 200 ? title : title[..200].TrimEnd() + "…";
    }
}
