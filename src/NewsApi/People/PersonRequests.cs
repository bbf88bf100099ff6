using System.Text.Json.Serialization;
using FluentValidation;
using NewsApi.Directories;

namespace NewsApi.People;

/// <summary>
/// A person as an editor writes it, for POST and PUT, and the shape a merge patch applies to. The slug is derived from
/// the name on creation and never changes; id, slug and counts are not the client's to set.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PersonRequest : IDirectoryRequest<PersonRequest, PersonResponse>
{
    /// <summary>Full name; a second person with the same name (ignoring case and accents) is a conflict.</summary>
    /// <example>Amara Okafor</example>
    public string Name { get; init; } = "";

    /// <summary>Job title or honorific; null for none.</summary>
    /// <example>senior research fellow</example>
    public string? Title { get; init; }

    /// <summary>Slug of an existing organization the person belongs to; null for none.</summary>
    /// <example>higher-school-of-economics</example>
    public string? Affiliation { get; init; }

    /// <summary>Other names later mentions use, such as the surname alone; replaces the whole list.</summary>
    /// <example>["Okafor"]</example>
    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary>The stored state in request shape: what a merge patch applies to.</summary>
    public static PersonRequest Of(PersonResponse current) =>
        new() { Name = current.Name, Title = current.Title, Affiliation = current.Affiliation?.Slug, Aliases = current.Aliases };
}

public sealed class PersonRequestValidator : AbstractValidator<PersonRequest>
{
    public PersonRequestValidator()
    {
        RuleFor(x => x.Name).DirectoryName(Person.NameMaxLength);
        RuleFor(x => x.Title).MaximumLength(Person.TitleMaxLength);
        RuleFor(x => x.Affiliation!).Slug(Organization.SlugMaxLength).When(x => x.Affiliation is not null);
        this.RuleForAliases(x => x.Aliases, Person.AliasMaxLength);
    }
}

/// <summary>Which person absorbs the one in the path.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PersonMergeRequest : IMergeRequest
{
    /// <summary>Slug of the person that survives; the one in the path is merged into it and deleted.</summary>
    /// <example>amara-okafor</example>
    public string Into { get; init; } = "";
}
