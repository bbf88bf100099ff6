using System.Linq.Expressions;
using NewsApi.Directories;

namespace NewsApi.Tags;

/// <summary>A tag, in a list or alone.</summary>
/// <param name="Id" example="5">Numeric id.</param>
/// <param name="Slug" example="syria">URL key.</param>
/// <param name="Name" example="Syria">The label as printed.</param>
/// <param name="Kind" example="topic">`topic` or `place`.</param>
/// <param name="ArticleCount" example="4">How many articles carry it.</param>
public sealed record TagSummary(int Id, string Slug, string Name, TagKind Kind, int ArticleCount) : IDirectoryResponse, IProjectedFrom<Tag, TagSummary>
{
    public static Expression<Func<Tag, TagSummary>> Projection { get; } =
        t => new TagSummary(t.Id, t.Slug, t.Name, t.Kind, t.Articles.Count);
}
