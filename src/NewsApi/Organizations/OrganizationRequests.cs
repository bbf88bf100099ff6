using System.Text.Json.Serialization;
using FluentValidation;
using NewsApi.Directories;

namespace NewsApi.Organizations;

/// <summary>
/// An organization as an editor writes it, for POST and PUT, and the shape a merge patch applies to. The slug is derived
/// from the name on creation and never changes; id, slug and counts are not the client's to set.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OrganizationRequest : IDirectoryRequest<OrganizationRequest, OrganizationResponse>
{
    /// <summary>Its name; a second organization with the same name (ignoring case and accents) is a conflict.</summary>
    /// <example>Higher School of Economics</example>
    public string Name { get; init; } = "";

    /// <summary>What it is, in a few words; null when unknown.</summary>
    /// <example>university</example>
    public string? Kind { get; init; }

    /// <summary>Slug of an existing organization it belongs to; null for none. It may not be the organization itself or one below it.</summary>
    /// <example>russian-government</example>
    public string? Parent { get; init; }

    /// <summary>Acronyms and short forms; replaces the whole list.</summary>
    /// <example>["HSE"]</example>
    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary>The stored state in request shape: what a merge patch applies to.</summary>
    public static OrganizationRequest Of(OrganizationResponse current) => new() { Name = current.Name, Kind = current.Kind, Parent = current.Parent?.Slug, Aliases = current.Aliases };
}

public sealed class OrganizationRequestValidator : AbstractValidator<OrganizationRequest>
{
    public OrganizationRequestValidator()
    {
        RuleFor(x => x.Name).DirectoryName(Organization.NameMaxLength);
        RuleFor(x => x.Kind).MaximumLength(Organization.KindMaxLength);
        RuleFor(x => x.Parent!).Slug(Organization.SlugMaxLength).When(x => x.Parent is not null);
        this.RuleForAliases(x => x.Aliases, Organization.AliasMaxLength);
    }
}

/// <summary>Which organization absorbs the one in the path.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OrganizationMergeRequest : IMergeRequest
{
    /// <summary>Slug of the organization that survives; the one in the path is merged into it and deleted.</summary>
    /// <example>higher-school-of-economics</example>
    public string Into { get; init; } = "";
}
