using System.Linq.Expressions;
using FluentValidation;

namespace NewsApi.Infrastructure;

/// <summary>The one slug format of the API: lowercase letters, digits and hyphens.</summary>
public static class Slugs
{
    public const string Pattern = "^[a-z0-9-]+$";

    public const string FormatMessage = "A slug holds only lowercase letters, digits and hyphens.";

    public static bool IsWellFormed(string? value) =>
        !string.IsNullOrEmpty(value) && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    public static IRuleBuilderOptions<T, string> Slug<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotEmpty().MaximumLength(maxLength).Must(IsWellFormed).WithMessage(FormatMessage);
}

/// <summary>A route key that is an id when it is all digits and a slug otherwise.</summary>
public sealed record IdOrSlug(int? Id, string? Slug)
{
    /// <summary>Digits are slug characters too, so one pattern covers both forms.</summary>
    public const string Pattern = Slugs.Pattern;

    public const string ParameterName = "idOrSlug";

    /// <summary>Null with <paramref name="error"/> set when the value is neither an id nor a well-formed slug.</summary>
    public static IdOrSlug? Parse(string value, int slugMaxLength, out string? error)
    {
        error = null;
        if (value.Length > 0 && value.All(char.IsAsciiDigit))
        {
            // An id too large for an int cannot exist; it is matched as an id that finds nothing.
            return new IdOrSlug(int.TryParse(value, out var id) ? id : -1, null);
        }
        if (value.Length > slugMaxLength)
        {
            error = $"A slug is at most {slugMaxLength} characters long.";
            return null;
        }
        if (!Slugs.IsWellFormed(value))
        {
            error = Slugs.FormatMessage;
            return null;
        }
        return new IdOrSlug(null, value);
    }

    /// <summary>Builds <c>x =&gt; x.Id == id</c> or <c>x =&gt; x.Slug == slug</c> for any entity.</summary>
    public Expression<Func<T, bool>> Matches<T>(Expression<Func<T, int>> idSelector, Expression<Func<T, string>> slugSelector)
    {
        if (Id is int id)
        {
            return Expression.Lambda<Func<T, bool>>(
                Expression.Equal(idSelector.Body, Expression.Constant(id)), idSelector.Parameters);
        }
        // A captured closure, not a constant, so that EF sends it as a parameter and caches one plan.
        var slug = new SlugHolder(Slug!);
        return Expression.Lambda<Func<T, bool>>(
            Expression.Equal(slugSelector.Body, Expression.Property(Expression.Constant(slug), nameof(SlugHolder.Value))),
            slugSelector.Parameters);
    }

    private sealed record SlugHolder(string Value);
}
