using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace NewsApi.Infrastructure;

public static class ProblemResults
{
    public const string ContentType = "application/problem+json";

    /// <summary>A problem with the status, title and traceId the rest of the API gives, always as application/problem+json.</summary>
    public static ObjectResult Create(ControllerBase controller, int statusCode, string title, string? detail = null)
    {
        var factory = controller.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>();
        var problem = factory.CreateProblemDetails(controller.HttpContext, statusCode, title, detail: detail);
        return new ObjectResult(problem) { StatusCode = statusCode, ContentTypes = { ContentType } };
    }
}

public static class ControllerProblemExtensions
{
    public static ObjectResult NotFoundProblem(this ControllerBase controller, string what, string idOrSlug) =>
        ProblemResults.Create(controller, StatusCodes.Status404NotFound, $"{what} not found.", $"No {what.ToLowerInvariant()} has the id or slug '{idOrSlug}'.");

    /// <summary>Parses a route key; on failure records the error in ModelState under "idOrSlug" so that ValidationProblem() reports it.</summary>
    public static bool TryParseIdOrSlug(this ControllerBase controller, string value, int slugMaxLength, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IdOrSlug? key)
    {
        key = IdOrSlug.Parse(value, slugMaxLength, out var error);
        if (key is null)
        {
            controller.ModelState.AddModelError(IdOrSlug.ParameterName, error ?? Slugs.FormatMessage);
        }
        return key is not null;
    }

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
}
