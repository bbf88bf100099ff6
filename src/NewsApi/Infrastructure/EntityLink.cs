namespace NewsApi.Infrastructure;

/// <summary>A pointer to a person, organization or tag: enough to show it and to follow it.</summary>
/// <param name="Slug" example="vasily-kashin">The key to its own endpoint.</param>
/// <param name="Name" example="Vasily Kashin">Its display name.</param>
public sealed record EntityLink(string Slug, string Name);
