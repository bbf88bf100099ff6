namespace NewsApi.Data.Entities;

/// <summary>
/// A slug that an article, person, organization or tag answered to before a change of the slug rules gave it a new one:
/// links published with the old slug keep working, as a permanent redirect to the resource's current slug.
/// </summary>
public sealed class SlugRedirect
{
    /// <summary>The longest slug of any resource (articles' and organizations'), so that every old slug fits.</summary>
    public const int SlugMaxLength = Article.SlugMaxLength;

    public int Id { get; set; }

    /// <summary>One of <see cref="Change.Article"/>, <see cref="Change.Person"/>, <see cref="Change.Organization"/>, <see cref="Change.Tag"/>.</summary>
    public required string ResourceType { get; set; }

    public required string OldSlug { get; set; }

    /// <summary>No foreign key, since it names a row of one of four tables: a redirect to a deleted resource finds nothing and stays a 404.</summary>
    public int ResourceId { get; set; }
}
