using System.Linq.Expressions;
using NewsApi.Data.Entities;

namespace NewsApi.Tags;

/// <summary>A tag, in a list or alone.</summary>
/// <param name="Id">Numeric id.</param>
/// <param name="Slug">URL key.</param>
/// <param name="Name">The label as printed.</param>
/// <param name="Kind">`topic` or `place`.</param>
/// <param name="ArticleCount">How many articles carry it.</param>
public sealed record TagSummary(int Id, string Slug, string Name, TagKind Kind, int ArticleCount)
{
    public static readonly Expression<Func<Tag, TagSummary>> Projection =
        t => new TagSummary(t.Id, t.Slug, t.Name, t.Kind, t.Articles.Count);
}
