using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace NewsApi.Infrastructure;

/// <summary>Writes the RFC 8288 <c>Link</c> header (first, prev, next, last) and <c>X-Total-Count</c> for a page.</summary>
public static class PagingHeaders
{
    public const string TotalCount = "X-Total-Count";

    public static void Write<T>(HttpContext context, PagedResponse<T> page)
    {
        var lastPage = Math.Max(page.TotalPages, 1);
        var links = new List<string>
        {
            Link(context.Request, 1, "first"),
        };
        if (page.Page > 1)
        {
            // Beyond the end, "prev" leads back to the last page that has items.
            links.Add(Link(context.Request, Math.Min(page.Page - 1, lastPage), "prev"));
        }
        if (page.Page < page.TotalPages)
        {
            links.Add(Link(context.Request, page.Page + 1, "next"));
        }
        links.Add(Link(context.Request, lastPage, "last"));

        context.Response.Headers.Link = string.Join(", ", links);
        context.Response.Headers[TotalCount] = page.TotalItems.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Link(HttpRequest request, int page, string rel)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        var builder = new QueryBuilder();
        foreach (var (key, values) in query)
        {
            if (!string.Equals(key, "page", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var value in values)
                {
                    builder.Add(key, value ?? "");
                }
            }
        }
        builder.Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var url = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, builder.ToQueryString());
        return $"<{url}>; rel=\"{rel}\"";
    }
}
