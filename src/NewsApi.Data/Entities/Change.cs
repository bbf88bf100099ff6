namespace NewsApi.Data.Entities;

/// <summary>One creation, update or deletion of an article, person, organization or tag, in the order they were written.</summary>
public sealed class Change
{
    public const int ResourceTypeMaxLength = 20;
    public const int KindMaxLength = 10;
    public const int SlugMaxLength = 200;

    public const string Article = "article";
    public const string Person = "person";
    public const string Organization = "organization";
    public const string Tag = "tag";

    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";

    /// <summary>The sequence: grows with every write, never reused, so a mirror continues from the last one it saw.</summary>
    public long Id { get; set; }
    public required string ResourceType { get; set; }
    public int ResourceId { get; set; }

    /// <summary>The slug at the time of the change; for a deletion, the slug the resource had.</summary>
    public required string Slug { get; set; }
    public required string Kind { get; set; }
    public DateTimeOffset At { get; set; }
}
