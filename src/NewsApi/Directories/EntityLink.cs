namespace NewsApi.Directories;

/// <summary>A pointer to a person, organization or tag: enough to show it and to follow it.</summary>
/// <param name="Slug" example="amara-okafor">The key to its own endpoint.</param>
/// <param name="Name" example="Amara Okafor">Its display name.</param>
public sealed record EntityLink(string Slug, string Name);
