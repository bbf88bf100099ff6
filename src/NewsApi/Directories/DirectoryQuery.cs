using System.ComponentModel.DataAnnotations;
using FluentValidation;
using NewsApi.Data.Naming;

namespace NewsApi.Directories;

public enum DirectorySort
{
    /// <summary>Alphabetical.</summary>
    Name,

    /// <summary>Most articles first.</summary>
    Articles,
}

/// <summary>Search and order for the people, organizations and tags lists.</summary>
public sealed record DirectoryQuery
{
    public const int QueryMaxLength = 200;

    /// <summary>Part of the name (or of an alias), case-insensitive.</summary>
    [FromQuery(Name = "q")]
    [MaxLength(QueryMaxLength)]
    public string? Q { get; init; }

    /// <summary>`name` (default) or `articles` (most articles first).</summary>
    /// <example>name</example>
    [FromQuery(Name = "sort")]
    public DirectorySort Sort { get; init; } = DirectorySort.Name;

    /// <summary>
    /// The search in the same normalized form as the stored NormalizedName (case-folded, accents stripped), so that
    /// "erdogan" finds "Erdoğan" on every database; null when there is none.
    /// </summary>
    public string? SearchTerm() => NameNormalizer.Normalize(Q) is { Length: > 0 } term ? term : null;
}

public sealed class DirectoryQueryValidator : AbstractValidator<DirectoryQuery>
{
    public DirectoryQueryValidator()
    {
        RuleFor(x => x.Q).MaximumLength(DirectoryQuery.QueryMaxLength);
        RuleFor(x => x.Sort).IsInEnum();
    }
}
