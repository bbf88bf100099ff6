namespace NewsApi.Data.Entities;

public enum TagKind
{
    Topic,
    Place,
}

public sealed class Tag
{
    public const int SlugMaxLength = 100;
    public const int NameMaxLength = 100;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string NormalizedName { get; set; }
    public TagKind Kind { get; set; }

    public List<ArticleTag> Articles { get; set; } = [];
}
