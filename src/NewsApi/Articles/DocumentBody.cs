using System.Text;
using Microsoft.Net.Http.Headers;

namespace NewsApi.Articles;

/// <summary>A raw document sent as the request body, for preview and ingest alike.</summary>
public static class DocumentBody
{
    /// <summary>The body as text, or null when it is over the cap; read in chunks so that an oversized body is never held whole.</summary>
    public static async Task<string?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken ct)
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
        var encoding = DeclaredEncoding(request.ContentType) ?? Encoding.UTF8;
        return encoding.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
    }

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
