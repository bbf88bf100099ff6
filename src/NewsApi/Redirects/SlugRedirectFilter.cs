using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using NewsApi.Formats;

namespace NewsApi.Redirects;

/// <summary>
/// A read that found nothing under a slug which a resource had before the slug rules changed answers 301 to the same
/// address with the current slug, instead of 404: links published with the old slug keep working. Only GET and HEAD,
/// since a 301 may turn another method into a GET; a write names the resource by its current slug or id.
/// </summary>
public sealed class SlugRedirectFilter(NewsDbContext db) : IAsyncActionFilter
{
    private static readonly string[] RouteKeys = ["idOrSlug", "slug"];

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var executed = await next();
        var request = context.HttpContext.Request;
        if (executed.Result is not IStatusCodeActionResult { StatusCode: StatusCodes.Status404NotFound }
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || RouteKey(context) is not { } oldSlug
            || ResourceType(request.Path) is not { } resourceType)
        {
            return;
        }

        var target = await db.SlugRedirects.AsNoTracking()
            .Where(r => r.ResourceType == resourceType && r.OldSlug == oldSlug)
            .Select(r => r.ResourceId)
            .Cast<int?>()
            .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (target is not { } id || await CurrentSlugAsync(resourceType, id, context.HttpContext.RequestAborted) is not { } slug)
        {
            return;
        }
        var segments = request.Path.Value!.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i] == oldSlug)
            {
                segments[i] = slug;
            }
            else if (segments[i].StartsWith(oldSlug + ".", StringComparison.Ordinal))
            {
                // A feed's key carries its extension: people/{slug}.atom.
                segments[i] = slug + segments[i][oldSlug.Length..];
            }
        }
        var location = ArticleLinks.For(request).BaseUrl + string.Join('/', segments) + request.QueryString;
        executed.Result = new RedirectResult(location, permanent: true);
    }

    /// <summary>The slug the route names, or null when it names an id (all digits), which never changes.</summary>
    private static string? RouteKey(ActionExecutingContext context)
    {
        foreach (var key in RouteKeys)
        {
            if (context.RouteData.Values.TryGetValue(key, out var value) && value is string text && text.Length > 0 && !text.All(char.IsAsciiDigit))
            {
                return text;
            }
        }
        return null;
    }

    /// <summary>From the collection the address names: /api/people/... and /feeds/people/... are people.</summary>
    private static string? ResourceType(PathString path)
    {
        var segments = path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return segments.Length >= 2 && segments[0] is "api" or "feeds"
            ? segments[1] switch
            {
                "articles" => Change.Article,
                "people" => Change.Person,
                "organizations" => Change.Organization,
                "tags" => Change.Tag,
                _ => null,
            }
            : null;
    }

    private Task<string?> CurrentSlugAsync(string resourceType, int id, CancellationToken ct) => resourceType switch
    {
        Change.Article => db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleOrDefaultAsync(ct),
        Change.Person => db.People.Where(p => p.Id == id).Select(p => p.Slug).SingleOrDefaultAsync(ct),
        Change.Organization => db.Organizations.Where(o => o.Id == id).Select(o => o.Slug).SingleOrDefaultAsync(ct),
        _ => db.Tags.Where(t => t.Id == id).Select(t => t.Slug).SingleOrDefaultAsync(ct),
    };
}
