namespace NewsApi.Data.Entities;

/// <summary>
/// A person, organization or tag: a row with an id and a slug that never changes, a display name unique once normalized,
/// and the concurrency token every write is guarded by. The web host's one write flow for the three works through this.
/// </summary>
public interface IDirectoryEntity
{
    int Id { get; }

    string Slug { get; }

    string Name { get; set; }

    string NormalizedName { get; set; }

    Guid Version { get; }
}

/// <summary>
/// A directory row with its links to the articles that show it: the one description from which the web host reads the
/// row's article count, its articles, who appears with it and what a change of its name reindexes.
/// </summary>
public interface IDirectoryEntity<TLink> : IDirectoryEntity
    where TLink : IArticleLink
{
    List<TLink> Articles { get; }
}

/// <summary>A person or organization: besides its name, the other names articles call it by (a surname, an acronym).</summary>
public interface IAliasedEntity : IDirectoryEntity
{
    List<string> Aliases { get; set; }
}

/// <summary>A row of ArticlePeople, ArticleOrganizations or ArticleTags: one article showing one person, organization or tag.</summary>
public interface IArticleLink
{
    int ArticleId { get; }
}
