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
