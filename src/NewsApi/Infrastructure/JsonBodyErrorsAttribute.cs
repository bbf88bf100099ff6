using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace NewsApi.Infrastructure;

/// <summary>
/// The JSON input formatter reports a bad member as "$.people[0].id" with a message naming .NET types, plus a "request field
/// is required" error for the whole body. Before [ApiController] answers 400, this rewrites them to the field paths the
/// validators use ("people[0].id") and to messages a client can act on.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class JsonBodyErrorsAttribute : Attribute, IActionFilter, IOrderedFilter
{
    /// <summary>Before ModelStateInvalidFilter, whose order is -2000.</summary>
    public int Order => -3000;

    public void OnActionExecuting(ActionExecutingContext context)
    {
        var modelState = context.ModelState;
        if (modelState.IsValid || !modelState.Keys.Any(key => key.StartsWith('$')))
        {
            return;
        }
        var bodyParameters = context.ActionDescriptor.Parameters
            .Where(p => p.BindingInfo?.BindingSource == BindingSource.Body)
            .Select(p => p.Name)
            .ToHashSet(StringComparer.Ordinal);
        var errors = new List<(string Key, string Message)>();
        foreach (var (key, entry) in modelState)
        {
            if (bodyParameters.Contains(key))
            {
                // "The request field is required" only repeats that the body could not be read; the member errors say why.
                continue;
            }
            foreach (var error in entry.Errors)
            {
                errors.Add(key.StartsWith('$') ? (MergePatch.FieldPath(key), Describe(error.ErrorMessage)) : (key, error.ErrorMessage));
            }
        }
        modelState.Clear();
        foreach (var (key, message) in errors)
        {
            modelState.AddModelError(key, message);
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }

    private static string Describe(string message) =>
        message.Contains("could not be mapped", StringComparison.Ordinal) ? "This property is unknown or may not be set by a client."
        : message.Contains("could not be converted", StringComparison.Ordinal) ? "The value does not have the expected type or is not one of the allowed values."
        : "The JSON is malformed here.";
}
