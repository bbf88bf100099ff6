namespace NewsApi.Data.Entities;

public sealed class RelatedHeadline
{
    public const int TextMaxLength = 300;

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public required string Text { get; set; }
    public int Order { get; set; }
}
