using System.Linq.Expressions;
using FluentValidation;

namespace NewsApi.Directories;

/// <summary>A POST or PUT body of a directory: a name, and fields the resource applies itself.</summary>
public interface IDirectoryRequest
{
    string Name { get; }
}

/// <summary>A body that the directory's representation turns back into, so that a merge patch has a whole request to apply to.</summary>
public interface IDirectoryRequest<TSelf, TResponse> : IDirectoryRequest
    where TSelf : IDirectoryRequest<TSelf, TResponse>
{
    /// <summary>The stored state in request shape.</summary>
    static abstract TSelf Of(TResponse current);
}

/// <summary>A directory's representation: a delete without force is refused while articles link it.</summary>
public interface IDirectoryResponse
{
    int ArticleCount { get; }
}

/// <summary>
/// A representation the database makes from a row, named by its type so that the shared actions select it without each
/// controller handing it over.
/// </summary>
public interface IProjectedFrom<TEntity, TSelf>
    where TSelf : IProjectedFrom<TEntity, TSelf>
{
    static abstract Expression<Func<TEntity, TSelf>> Projection { get; }
}

/// <summary>A merge body: the slug of the row that survives.</summary>
public interface IMergeRequest
{
    string Into { get; }
}

/// <summary>The rules every directory's body shares: how a name and a list of aliases must look.</summary>
public static class DirectoryRules
{
    public const int MaxAliases = 50;

    /// <summary>Present, within the entity's limit, and with at least one letter or digit (a slug is made from it).</summary>
    public static IRuleBuilderOptions<T, string> DirectoryName<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotEmpty().MaximumLength(maxLength).Must(HasLetterOrDigit).WithMessage("A name needs at least one letter or digit.");

    /// <summary>At most <see cref="MaxAliases"/> aliases, none blank or over the entity's limit.</summary>
    public static void RuleForAliases<T>(this AbstractValidator<T> validator, Expression<Func<T, IReadOnlyList<string>?>> aliases, int aliasMaxLength)
    {
        validator.RuleFor(aliases).Must(a => a is null || a.Count <= MaxAliases).WithMessage($"At most {MaxAliases} aliases.");
        // The same member seen as a sequence, with no conversion in the tree, so that errors name it "aliases[0]" as before.
        validator.RuleForEach(Expression.Lambda<Func<T, IEnumerable<string>>>(aliases.Body, aliases.Parameters)).NotEmpty().MaximumLength(aliasMaxLength);
    }

    private static bool HasLetterOrDigit(string? name) => name is not null && name.Any(char.IsLetterOrDigit);
}

/// <summary>A merge body names the survivor by a well-formed slug of the directory's entity.</summary>
public sealed class MergeRequestValidator<TMerge> : AbstractValidator<TMerge>
    where TMerge : IMergeRequest
{
    public MergeRequestValidator(int slugMaxLength)
    {
        RuleFor(x => x.Into).Slug(slugMaxLength);
    }
}
