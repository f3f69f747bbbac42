using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace GovSearch.Documents.Formats;

/// <summary>
/// Web pages (AngleSharp): the main content without the site around it, <c>h1</c>–<c>h6</c> as headings, the title
/// from the page's metadata, <c>&lt;h1&gt;</c> or <c>&lt;title&gt;</c>, the date from metadata or a labelled line.
/// </summary>
/// <remarks>
/// <para>Dropped: scripts, styles, forms, frames, <c>nav</c>, <c>aside</c>, hidden elements (<c>hidden</c>,
/// <c>aria-hidden</c>, inline <c>display:none</c>/<c>visibility:hidden</c>), page-level <c>header</c>/<c>footer</c>,
/// and elements whose class or id marks them as site furniture (navigation, breadcrumb, menu, sidebar, share, print,
/// footer, copyright), and short lines holding a site's ICP or public-security record number.</para>
/// <para>The main content is the element holding the most paragraph text (each paragraph counts fully for its parent
/// and half for its grandparent), as readability tools do; a page without paragraphs keeps its whole body.</para>
/// </remarks>
internal sealed partial class HtmlReader : IDocumentReader
{
    /// <inheritdoc/>
    public string Format => "HTML";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml", ".shtml"];

    /// <inheritdoc/>
    public bool ReadsBytes => true;

    private static readonly string[] Dropped =
    [
        "script", "style", "noscript", "template", "iframe", "frame", "object", "embed", "svg", "canvas", "form", "button",
        "select", "input", "textarea", "nav", "aside", "menu", "dialog", "link", "meta",
    ];

    private static readonly HashSet<string> FurnitureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "sidebar", "side", "share",
        "print", "footer", "foot", "copyright", "topbar", "skip", "header", "banner", "toolbar", "pager", "position", "location",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "center",
        "address", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "caption", "header", "footer", "hr", "body",
        "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br",
    };

    /// <inheritdoc/>
    public ExtractedDocument Read(FileInput input, DocumentLoadOptions options, CancellationToken cancellationToken)
    {
        var html = HtmlCharset.Decode(input.Bytes.Span, options.Encoding);
        var document = new HtmlParser().ParseDocument(html);
        var metaTitle = Meta(document, "ArticleTitle", "og:title", "twitter:title", "dc.title", "title");
        var metaDate = DateFinder.FromValue(Meta(document, "PubDate", "pubdate", "publishdate", "firstpublishedtime", "article:published_time",
            "dcterms.issued", "dc.date", "citation_publication_date", "date"));
        var pageTitle = document.Title;

        foreach (var element in document.QuerySelectorAll(string.Join(',', Dropped)).ToArray())
        {
            element.Remove();
        }

        var body = document.Body ?? document.DocumentElement;
        foreach (var element in body.QuerySelectorAll("*").ToArray())
        {
            if (element.Parent is not null && IsFurniture(element))
            {
                element.Remove();
            }
        }

        var main = MainContent(body);
        var h1 = (main.QuerySelector("h1") ?? body.QuerySelector("h1"))?.TextContent;
        var title = TextBuilder.Clean(metaTitle ?? h1 ?? ShortTitle(pageTitle));
        var builder = new TextBuilder(options.MaximumTextLength);
        new Walker(builder, title).Walk(main);
        var extracted = builder.Build(title, null);
        return extracted with { Date = metaDate ?? DateFinder.Labelled(extracted.Text) };
    }

    private static string? Meta(IDocument document, params string[] names)
    {
        foreach (var name in names)
        {
            foreach (var meta in document.QuerySelectorAll("meta"))
            {
                var key = meta.GetAttribute("name") ?? meta.GetAttribute("property") ?? meta.GetAttribute("itemprop");
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && meta.GetAttribute("content") is { } content
                    && !string.IsNullOrWhiteSpace(content))
                {
                    return content.Trim();
                }
            }
        }

        return null;
    }

    /// <summary>A page title without the site's name after it ("通知_政策文件_某市人民政府" → "通知").</summary>
    private static string ShortTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return string.Empty;
        }

        var cut = title.IndexOfAny(['_', '|', '｜']);
        var dash = title.IndexOf(" - ", StringComparison.Ordinal);
        cut = cut < 0 ? dash : dash < 0 ? cut : Math.Min(cut, dash);
        return cut > 0 ? title[..cut] : title;
    }

    private static bool IsFurniture(IElement element)
    {
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style))
        {
            return true;
        }

        var inContent = element.Closest("article, main, [role=main]") is { } content && content != element;
        if (element.LocalName is "header" or "footer" && !inContent)
        {
            return true;
        }

        if (element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "p" or "article" or "main" or "body")
        {
            return false;
        }

        foreach (var word in Words(element.ClassName).Concat(Words(element.Id)))
        {
            if (FurnitureWords.Contains(word) && !(inContent && word is "header" or "foot"))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Words(string? names) =>
        string.IsNullOrEmpty(names) ? [] : names.Split([' ', '-', '_', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The element holding the most paragraph text.</summary>
    private static IElement MainContent(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in body.QuerySelectorAll("p, pre, td, li, h2, h3, h4, h5, h6, br"))
        {
            var length = paragraph.LocalName == "br" ? 0 : TextBuilder.Clean(paragraph.TextContent).Length;
            if (paragraph.LocalName == "br" && paragraph.Parent is IElement brParent)
            {
                // Text laid out with <br> instead of <p>: count the parent's own text once per line break.
                length = Math.Min(TextBuilder.Clean(brParent.TextContent).Length, 200);
            }

            if (length == 0 || paragraph.ParentElement is not { } parent)
            {
                continue;
            }

            scores[parent] = scores.GetValueOrDefault(parent) + length;
            if (parent.ParentElement is { } grandparent)
            {
                scores[grandparent] = scores.GetValueOrDefault(grandparent) + (length / 2.0);
            }
        }

        if (scores.Count == 0)
        {
            return body;
        }

        // Table cells count towards their table, not their row.
        var best = scores.OrderByDescending(p => p.Value).First().Key;
        return best.LocalName is "tr" or "tbody" or "ul" or "ol" ? best.Closest("table, div, section, article, main, body") ?? best : best;
    }

    /// <summary>Writes an element's text: one line per block, headings marked, table rows as tab-separated cells.</summary>
    private sealed class Walker(TextBuilder builder, string title)
    {
        private readonly StringBuilder _line = new();
        private bool _titleSkipped;

        public void Walk(IElement root)
        {
            Visit(root);
            Flush();
        }

        private void Visit(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    _line.Append(text.Data);
                    continue;
                }

                if (child is not IElement element)
                {
                    continue;
                }

                var name = element.LocalName;
                if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
                {
                    Flush();
                    var heading = TextBuilder.Clean(element.TextContent);
                    if (!_titleSkipped && heading == title)
                    {
                        // The title is the document's title, not part of its text.
                        _titleSkipped = true;
                        continue;
                    }

                    builder.Heading(heading, name[1] - '0');
                    continue;
                }

                if (name == "tr")
                {
                    Flush();
                    var cells = element.Children.Where(c => c.LocalName is "td" or "th").Select(c => TextBuilder.Clean(c.TextContent));
                    Add(string.Join('\t', cells));
                    continue;
                }

                var block = Blocks.Contains(name);
                if (block)
                {
                    Flush();
                }

                Visit(element);
                if (block)
                {
                    Flush();
                }
            }
        }

        private void Flush()
        {
            Add(_line.ToString());
            _line.Clear();
        }

        private void Add(string line)
        {
            var clean = TextBuilder.Clean(line);
            if (clean.Length > 0 && !(clean.Length <= 120 && RecordNumber().IsMatch(clean)))
            {
                builder.Paragraph(clean);
            }
        }
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    /// <summary>A site's ICP licence or public-security record number ("京ICP备05070218号", "京公网安备 11010202000001号").</summary>
    [GeneratedRegex(@"ICP[备証证]\s*\d+|公网安备\s*\d+|網站標識碼|网站标识码")]
    private static partial Regex RecordNumber();
}
