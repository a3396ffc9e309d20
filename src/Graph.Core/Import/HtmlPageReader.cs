using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Graph.Core.Import;

/// <summary>
/// Reads a saved web page as one report. The main text comes from SmartReader (a port of Mozilla's
/// Readability) after the page's navigation, footers, asides, cookie banners and related-links blocks
/// are removed from the DOM, so their country lists and other operations never reach the extractor.
/// Title, date and URL come from the page's metadata; without a date the extractor reads the dateline.
/// </summary>
internal sealed class HtmlPageReader
{
    // Landmarks and class/id words that mark page furniture rather than the article.
    private const string FurnitureSelector = "nav, footer, aside, form, script, style, noscript, iframe, " +
        "[role=navigation], [role=contentinfo], [role=complementary], [role=banner], [role=dialog], [aria-modal=true]";

    private static readonly string[] FurnitureWords =
        ["cookie", "consent", "gdpr", "related", "sidebar", "breadcrumb", "share", "social", "newsletter", "subscribe", "menu", "navbar", "footer", "promo", "advert"];

    private static readonly string[] BlockSelectors = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "td", "dd", "dt", "figcaption"];

    public IEnumerable<ImportItem> Read(string file, Stream stream)
    {
        var document = new HtmlParser().ParseDocument(stream);
        var title = Meta(document, "og:title") ?? document.Title?.Trim();
        var date = Meta(document, "article:published_time") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime") ?? JsonLdDate(document);
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        RemoveFurniture(document);
        var text = MainText(file, document);
        yield return ImportFields.Item(file, "", text, string.IsNullOrWhiteSpace(title) ? null : title, date, url);
    }

    private static string MainText(string file, IHtmlDocument document)
    {
        var reader = new Reader(ReaderUri(file), document) { ContinueIfNotReadable = true };
        var article = reader.GetArticle();
        if (article.Content is { Length: > 0 } content)
        {
            var parsed = new HtmlParser().ParseDocument(content);
            var text = Blocks(parsed.Body);
            if (text.Length > 0)
            {
                return text;
            }
        }

        return article.TextContent?.Trim() ?? Blocks(document.Body);
    }

    /// <summary>The text of block elements, one paragraph each, so sentences never run into each other.</summary>
    private static string Blocks(IElement? root)
    {
        if (root is null)
        {
            return "";
        }

        var blocks = root.QuerySelectorAll(string.Join(", ", BlockSelectors))
            .Where(e => !e.Ancestors<IElement>().Any(a => BlockSelectors.Contains(a.LocalName)))
            .Select(e => Normalise(e.TextContent))
            .Where(t => t.Length > 0)
            .ToList();
        return blocks.Count > 0 ? string.Join("\n\n", blocks) : Normalise(root.TextContent);
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void RemoveFurniture(IHtmlDocument document)
    {
        var furniture = document.QuerySelectorAll(FurnitureSelector)
            .Concat(document.QuerySelectorAll("[class], [id]").Where(e => IsFurniture(e) && e.QuerySelector("article, main, h1") is null))
            .Where(e => e.LocalName is not ("body" or "html" or "main" or "article"))
            .ToList();
        foreach (var element in furniture)
        {
            element.Remove();
        }
    }

    private static bool IsFurniture(IElement element)
    {
        var words = (element.ClassName + " " + element.Id).ToLowerInvariant();
        return FurnitureWords.Any(w => words.Contains(w, StringComparison.Ordinal));
    }

    private static string? Meta(IHtmlDocument document, string property) =>
        document.QuerySelectorAll("meta").FirstOrDefault(m =>
            string.Equals(m.GetAttribute("property") ?? m.GetAttribute("name"), property, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content") is { Length: > 0 } content ? content.Trim() : null;

    private static string? JsonLdDate(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (Find(json.RootElement, "datePublished") is { } found)
                {
                    return found;
                }
            }
            catch (JsonException)
            {
                // A page's broken JSON-LD is no reason to refuse its article; the next clue is used.
            }
        }

        return null;
    }

    private static string? Find(JsonElement element, string property) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject()
            .Select(p => p.NameEquals(property) && p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : Find(p.Value, property))
            .FirstOrDefault(v => v is not null),
        JsonValueKind.Array => element.EnumerateArray().Select(e => Find(e, property)).FirstOrDefault(v => v is not null),
        _ => null,
    };

    // SmartReader wants the page's address to resolve links; a saved file has none, so its name stands in.
    private static string ReaderUri(string file) => "https://import.invalid/" + Uri.EscapeDataString(Path.GetFileName(file));
}
