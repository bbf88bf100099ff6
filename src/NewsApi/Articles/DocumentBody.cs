using System.Text;
using Microsoft.Net.Http.Headers;
using NewsApi.Ingestion;
using NewsApi.Ingestion.Html;

namespace NewsApi.Articles;

/// <summary>A raw document as received: its text and whether it is the page's HTML or the text a browser shows.</summary>
public sealed record RawDocument(string Content, DocumentFormat Format);

/// <summary>A raw document sent as the request body, for preview and ingest alike.</summary>
public static class DocumentBody
{
    /// <summary>The media types a raw document may be sent as.</summary>
    public static readonly string[] MediaTypes = ["text/plain", "text/html"];

    public static bool IsDocumentMediaType(string? contentType) =>
        contentType is not null && MediaTypes.Any(type => contentType.StartsWith(type, StringComparison.OrdinalIgnoreCase));

    /// <summary>The body as a document, or null when it is over the cap; read in chunks so that an oversized body is never held whole.</summary>
    /// <remarks>HTML without a charset is decoded as browsers decode it (BOM, then meta, then UTF-8 or windows-1252); text defaults to UTF-8.</remarks>
    public static async Task<RawDocument?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var declared = DeclaredEncoding(request.ContentType);
        if (IsHtml(request.ContentType))
        {
            return new RawDocument(HtmlDecoder.Decode(bytes, declared), DocumentFormat.Html);
        }
        return new RawDocument((declared ?? Encoding.UTF8).GetString(bytes).TrimStart('\uFEFF'), DocumentFormat.Text);
    }

    private static bool IsHtml(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType) && mediaType.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The charset the Content-Type names, or null. An unknown charset is already null; UTF-7, known but disabled in .NET,
    /// throws instead, and is read as UTF-8 the same way rather than ending in a 500.
    /// </summary>
    private static Encoding? DeclaredEncoding(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return null;
        }
        try
        {
            return mediaType.Encoding;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
