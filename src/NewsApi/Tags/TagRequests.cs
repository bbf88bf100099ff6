using System.Text.Json.Serialization;
using FluentValidation;
using NewsApi.Directories;

namespace NewsApi.Tags;

/// <summary>
/// A tag as an editor writes it, for POST and PUT, and the shape a merge patch applies to. The slug is derived from the
/// name on creation and never changes; id, slug and counts are not the client's to set.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record TagRequest : IDirectoryRequest<TagRequest, TagSummary>
{
    /// <summary>The label as printed; a second tag with the same name (ignoring case and accents) is a conflict.</summary>
    /// <example>Middle East</example>
    public string Name { get; init; } = "";

    /// <summary>`topic` (the default) or `place`.</summary>
    /// <example>topic</example>
    public TagKind Kind { get; init; } = TagKind.Topic;

    /// <summary>The stored state in request shape: what a merge patch applies to.</summary>
    public static TagRequest Of(TagSummary current) => new() { Name = current.Name, Kind = current.Kind };
}

public sealed class TagRequestValidator : AbstractValidator<TagRequest>
{
    public TagRequestValidator()
    {
        RuleFor(x => x.Name).DirectoryName(Tag.NameMaxLength);
        RuleFor(x => x.Kind).IsInEnum().WithMessage("The kind is 'topic' or 'place'.");
    }
}
