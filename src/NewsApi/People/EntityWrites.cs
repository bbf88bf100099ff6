using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsApi.Data.Naming;
using NewsApi.Infrastructure;
using NewsApi.Infrastructure.Caching;

namespace NewsApi.People;

/// <summary>What the people, organization and tag writes share: explicit validation, slugs, aliases and the answers to conflicts.</summary>
public static class EntityWrites
{
    /// <summary>
    /// Runs <paramref name="validator"/> and records failures in ModelState at their camel-cased field path, so that
    /// <c>ValidationProblem()</c> reports them. Called explicitly because a patched body never passes through model binding.
    /// </summary>
    public static bool TryValidate<T>(this ControllerBase controller, IValidator<T> validator, T value)
    {
        foreach (var failure in validator.Validate(value).Errors)
        {
            controller.ModelState.AddModelError(JsonNamingPolicy.CamelCase.ConvertName(failure.PropertyName), failure.ErrorMessage);
        }
        return controller.ModelState.IsValid;
    }

    /// <summary>Records a field error (a reference to something that does not exist) and returns the 400 for it.</summary>
    public static ActionResult FieldProblem(this ControllerBase controller, string field, string message)
    {
        controller.ModelState.AddModelError(field, message);
        return controller.ValidationProblem();
    }

    /// <summary>The slug for a new row: the name slugified, with the first free numeric suffix when the base is taken.</summary>
    public static async Task<string> UniqueSlugAsync(IQueryable<string> slugs, string name, int maxLength, CancellationToken ct)
    {
        var baseSlug = SlugFormatter.Slugify(name, maxLength);

        // A suffixed slug may have had its stem shortened to fit, so look up everything that shares the shortest possible stem.
        var prefix = baseSlug[..Math.Min(baseSlug.Length, Math.Max(1, maxLength - 12))];
        var taken = (await slugs.Where(s => s.StartsWith(prefix)).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return SlugFormatter.MakeUnique(baseSlug, maxLength, taken.Contains);
    }

    /// <summary>Aliases trimmed, without blanks, without repeats and without the name itself (compared as normalized names).</summary>
    public static List<string> CleanAliases(string name, IEnumerable<string>? aliases)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { NameNormalizer.Normalize(name) };
        var cleaned = new List<string>();
        foreach (var alias in aliases ?? [])
        {
            var trimmed = alias.Trim();
            if (trimmed.Length > 0 && seen.Add(NameNormalizer.Normalize(trimmed)))
            {
                cleaned.Add(trimmed);
            }
        }
        return cleaned;
    }

    /// <summary>409: another row already has this name once case and accents are ignored.</summary>
    public static ObjectResult NameConflict(this ControllerBase controller, string what, string name, string existingSlug)
    {
        var problem = ProblemResults.Create(controller, StatusCodes.Status409Conflict, $"A {what} with this name exists.",
            $"'{name}' is the name of the {what} '{existingSlug}' (names are compared ignoring case and accents). Merge the two instead of creating a duplicate.");
        ((ProblemDetails)problem.Value!).Extensions["existing"] = existingSlug;
        return problem;
    }

    /// <summary>409: a delete without <c>force</c> of a row that articles still show.</summary>
    public static ObjectResult StillLinked(this ControllerBase controller, string what, int articleCount)
    {
        var problem = ProblemResults.Create(controller, StatusCodes.Status409Conflict, $"The {what} is linked to articles.",
            $"{articleCount} article(s) still refer to this {what}. Send ?force=true to unlink it from them and delete it.");
        ((ProblemDetails)problem.Value!).Extensions["articleCount"] = articleCount;
        return problem;
    }

    /// <summary>
    /// 412 after the concurrency token caught a writer that saved between our If-Match check and our save; the ETag header
    /// carries what is stored now.
    /// </summary>
    public static ObjectResult ConcurrentChange<T>(this ControllerBase controller, T? current)
    {
        if (current is not null)
        {
            controller.Response.Headers.ETag = controller.Compute(current);
        }
        return ProblemResults.Create(controller, StatusCodes.Status412PreconditionFailed, "The resource has changed.",
            "Another request changed or removed it while this one was being applied: GET it again, reapply your change and retry.");
    }

    /// <summary>A write's answer: the new representation with its ETag, as a GET would now return it.</summary>
    public static ActionResult WrittenWithETag<T>(this ControllerBase controller, T representation)
    {
        controller.Response.Headers.ETag = controller.Compute(representation);
        return controller.Ok(representation);
    }

    /// <summary>A create's answer: 201 with Location, the ETag and the representation.</summary>
    /// <remarks>Location is absolute, as for articles (CreatedAtAction), whatever path the caller passes: one convention for every resource.</remarks>
    public static ActionResult CreatedWithETag<T>(this ControllerBase controller, string location, T representation)
    {
        controller.Response.Headers.ETag = controller.Compute(representation);
        var request = controller.Request;
        return controller.Created(Uri.IsWellFormedUriString(location, UriKind.Absolute) ? location : $"{request.Scheme}://{request.Host}{request.PathBase}{location}", representation);
    }
}
