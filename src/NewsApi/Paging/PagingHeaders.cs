using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace NewsApi.Paging;

/// <summary>Writes the RFC 8288 <c>Link</c> header (first, prev, next, last) and <c>X-Total-Count</c> for a page.</summary>
public static class PagingHeaders
{
    public const string TotalCount = "X-Total-Count";

    private const string PageParameter = "page";
    private const string CursorParameter = "cursor";

    public static void Write<T>(HttpContext context, PagedResponse<T> page)
    {
        var links = new List<string>
        {
            Link(context.Request, PageParameter, "1", "first"),
        };
        if (page.Page is int number)
        {
            var lastPage = Math.Max(page.TotalPages, 1);
            if (number > 1)
            {
                // Beyond the end, "prev" leads back to the last page that has items.
                links.Add(Link(context.Request, PageParameter, Format(Math.Min(number - 1, lastPage)), "prev"));
            }
            if (number < page.TotalPages)
            {
                links.Add(Link(context.Request, PageParameter, Format(number + 1), "next"));
            }
            links.Add(Link(context.Request, PageParameter, Format(lastPage), "last"));
        }
        else if (page.Next is not null)
        {
            // A cursor page knows only what comes after it: numbered prev/last would not line up with it.
            links.Add(Link(context.Request, CursorParameter, page.Next, "next"));
        }

        context.Response.Headers.Link = string.Join(", ", links);
        context.Response.Headers[TotalCount] = Format(page.TotalItems);
    }

    private static string Format(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Link(HttpRequest request, string parameter, string value, string rel)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        var builder = new QueryBuilder();
        foreach (var (key, values) in query)
        {
            // Page and cursor exclude each other, so a link sets one and drops both.
            if (!string.Equals(key, PageParameter, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(key, CursorParameter, StringComparison.OrdinalIgnoreCase))
            {
                foreach (var item in values)
                {
                    builder.Add(key, item ?? "");
                }
            }
        }
        builder.Add(parameter, value);
        var url = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, builder.ToQueryString());
        return $"<{url}>; rel=\"{rel}\"";
    }
}
