using Microsoft.Net.Http.Headers;
using NewsApi.Ingest;
using NewsApi.Ingestion;

namespace NewsApi.Articles;

/// <summary>A raw document sent as the request body, for preview and ingest alike.</summary>
public static class DocumentBody
{
    /// <summary>The body as a decoded document of the kind its media type names, or null when it is over the cap; read in chunks so that an oversized body is never held whole.</summary>
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
        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed : null;
        var kind = RawDocument.KindOf(mediaType?.MediaType.Value);
        return new RawDocument(DocumentDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), mediaType?.Charset.Value, kind), kind);
    }

    /// <summary>A page the parser found no article in is well-formed but unusable: 422, never a 500.</summary>
    public static ObjectResult NoArticleProblem(ControllerBase controller, NoArticleException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return ProblemResults.Create(controller, StatusCodes.Status422UnprocessableEntity, "The page holds no article.",
            $"{exception.Message} Send the article page itself, with its text in the markup rather than filled in by scripts.");
    }
}
