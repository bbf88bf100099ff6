namespace NewsApi.Data.Entities;

public sealed class ArticleOrganization : IArticleLink
{
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public int MentionCount { get; set; }
}
