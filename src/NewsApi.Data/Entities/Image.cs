namespace NewsApi.Data.Entities;

public sealed class Image
{
    public const int CaptionMaxLength = 2000;
    public const int CreditMaxLength = 300;
    public const int UrlMaxLength = Article.CanonicalUrlMaxLength;

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public required string Caption { get; set; }
    public string? Credit { get; set; }

    /// <summary>Absolute address of the picture, from the page's img src.</summary>
    public string? Url { get; set; }
    public int Order { get; set; }
}
