namespace NewsApi.Data.Entities;

public sealed class Quote
{
    public const int TextMaxLength = 4000;

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int? SpeakerId { get; set; }
    public Person? Speaker { get; set; }
    public required string Text { get; set; }
    public bool Partial { get; set; }
    public int Order { get; set; }
}
