namespace NewsApi.Data.Entities;

public sealed class ArticleTag : IArticleLink
{
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int TagId { get; set; }
    public Tag Tag { get; set; } = null!;
}
