using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Html.Parser;

namespace Graph.Core.Import;

/// <summary>
/// Reads an RSS 2.0 or Atom feed, one report per item: title, link, publication (else update) date,
/// and the content or description with its markup parsed away. The XML is read with DTD processing
/// prohibited and no resolver, so no entity, external or internal, is ever expanded: a feed that
/// declares a DTD is refused whole.
/// </summary>
internal sealed class FeedReader
{
    public IEnumerable<ImportItem> Read(string file, Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false };
        SyndicationFeed feed;
        string? refusal = null;
        try
        {
            using var xml = XmlReader.Create(stream, settings);
            feed = SyndicationFeed.Load(xml);
        }
        catch (XmlException e)
        {
            feed = null!;
            refusal = e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? "the feed declares a DTD; DTDs (and the entities they could pull in) are refused."
                : "not a readable RSS or Atom feed: " + e.Message;
        }

        if (refusal is not null)
        {
            yield return ImportItem.Refused(file, "", refusal);
            yield break;
        }

        var number = 0;
        foreach (var item in feed.Items)
        {
            number++;
            yield return Item(file, "item " + number.ToString(CultureInfo.InvariantCulture), item);
        }
    }

    private static ImportItem Item(string file, string place, SyndicationItem item)
    {
        var title = PlainText(item.Title?.Text);
        var body = PlainText(item.Content is TextSyndicationContent content ? content.Text : null);
        if (body.Length == 0)
        {
            body = PlainText(item.Summary?.Text);
        }

        if (body.Length == 0)
        {
            return ImportItem.Refused(file, place, "the item has neither content nor a description.");
        }

        // The headline names the actors as often as the body does, so it leads the text.
        var text = title.Length > 0 && !body.StartsWith(title, StringComparison.Ordinal) ? title + "\n\n" + body : body;
        var when = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString();
        return ImportFields.Item(file, place, text, title, when == default ? null : when.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), link);
    }

    /// <summary>Markup parsed as HTML and reduced to its text, paragraphs kept apart.</summary>
    private static string PlainText(string? markup)
    {
        if (string.IsNullOrWhiteSpace(markup))
        {
            return "";
        }

        var document = new HtmlParser().ParseDocument("<body>" + markup + "</body>");
        var paragraphs = document.Body!.QuerySelectorAll("p, li, h1, h2, h3, h4, blockquote");
        var parts = paragraphs.Length > 0 ? paragraphs.Select(p => p.TextContent) : [document.Body.TextContent];
        return string.Join("\n\n", parts.Select(p => string.Join(' ', p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(p => p.Length > 0));
    }
}
