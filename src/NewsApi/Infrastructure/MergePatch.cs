using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Text.Unicode;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace NewsApi.Infrastructure;

/// <summary>
/// JSON Merge Patch (RFC 7396): the patch is merged into the request-shaped representation of the resource, and the
/// result is read back as the same request record a PUT takes, so that PATCH and PUT share one validator.
/// </summary>
/// <remarks>
/// Written here because neither ASP.NET Core nor a package it ships implements RFC 7396: Microsoft.AspNetCore.JsonPatch is
/// RFC 6902 (a list of operations), a different format. The algorithm is the RFC's dozen lines; the rest is refusing what
/// System.Text.Json lets through (bytes that are not UTF-8, members given twice, lone surrogates) as 400s.
/// </remarks>
public static class MergePatch
{
    public const string MediaType = "application/merge-patch+json";

    /// <summary>The algorithm of RFC 7396 section 2: null removes a member, objects merge, anything else replaces.</summary>
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }
        var result = target is JsonObject targetObject ? (JsonObject)targetObject.DeepClone() : new JsonObject();
        foreach (var (name, value) in patchObject)
        {
            if (value is null)
            {
                result.Remove(name);
            }
            else
            {
                var merged = Apply(result[name], value);
                // Re-adding detaches the old node; a node can have only one parent.
                result.Remove(name);
                result[name] = merged;
            }
        }
        return result;
    }

    /// <summary>
    /// Applies <paramref name="patch"/> to <paramref name="current"/> and reads the result back as <typeparamref name="T"/>.
    /// False with <paramref name="error"/> when the patch is not an object or the result does not fit the request shape
    /// (an unknown or forbidden property, a wrong type).
    /// </summary>
    public static bool TryApply<T>(T current, JsonElement patch, JsonSerializerOptions options,
        [NotNullWhen(true)] out T? patched, [NotNullWhen(false)] out MergePatchError? error)
        where T : class
    {
        patched = null;
        if (patch.ValueKind != JsonValueKind.Object)
        {
            error = new MergePatchError("", "A merge patch is a JSON object (RFC 7396); send the members to change, null to clear one.");
            return false;
        }
        if (!Utf8.IsValid(JsonMarshal.GetRawUtf8Value(patch)))
        {
            // The reader lets bytes that are not UTF-8 through inside strings; read back, they would be stored as U+FFFD.
            error = new MergePatchError("", "The merge patch is not valid UTF-8.");
            return false;
        }
        var target = JsonSerializer.SerializeToNode(current, options);
        JsonNode? merged;
        try
        {
            merged = Apply(target, JsonObject.Create(patch));
        }
        catch (ArgumentException)
        {
            // JsonObject throws on a member name that appears twice, at any depth, when it is first enumerated.
            error = new MergePatchError("", "A member appears more than once in an object of the merge patch; send each member once.");
            return false;
        }
        catch (InvalidOperationException)
        {
            // ...and on a member name that is not valid Unicode (a lone surrogate escape), when the name is decoded.
            error = new MergePatchError("", "A member name in the merge patch is not valid Unicode.");
            return false;
        }
        try
        {
            patched = merged.Deserialize<T>(options);
        }
        catch (JsonException exception)
        {
            error = new MergePatchError(FieldPath(exception.Path), DescribeJsonError(exception));
            return false;
        }
        catch (InvalidOperationException)
        {
            // The patch is only unescaped here: a lone surrogate escape (\ud800) or a value that is not UTF-8 throws this, not JsonException.
            error = new MergePatchError("", "A string in the merge patch is not valid Unicode: a lone surrogate escape or bytes that are not UTF-8.");
            return false;
        }
        if (patched is null)
        {
            error = new MergePatchError("", "The patched resource is empty.");
            return false;
        }
        error = null;
        return true;
    }

    /// <summary>
    /// Applies the patch with the API's JSON options; on failure records the error in ModelState at its field path so
    /// that <c>ValidationProblem()</c> reports it.
    /// </summary>
    public static bool TryApplyMergePatch<T>(this ControllerBase controller, T current, JsonElement patch, [NotNullWhen(true)] out T? patched)
        where T : class
    {
        var options = controller.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions;
        if (TryApply(current, patch, options, out patched, out var error))
        {
            return true;
        }
        controller.ModelState.AddModelError(error.Path, error.Message);
        return false;
    }

    /// <summary>
    /// Runs the registered validator of <typeparamref name="T"/> on a value that did not come through model binding (a
    /// patched resource), recording failures in ModelState the way the validation filter does. True when valid.
    /// </summary>
    public static Task<bool> TryValidateAsync<T>(this ControllerBase controller, T value, CancellationToken ct) =>
        controller.HttpContext.RequestServices.GetService<IValidator<T>>() is { } validator
            ? controller.TryValidateAsync(validator, value, ct)
            : Task.FromResult(controller.ModelState.IsValid);

    /// <summary>Runs <paramref name="validator"/> and records its failures in ModelState at their camelCase field paths. True when valid.</summary>
    public static async Task<bool> TryValidateAsync<T>(this ControllerBase controller, IValidator<T> validator, T value, CancellationToken ct)
    {
        var result = await validator.ValidateAsync(value, ct);
        foreach (var failure in result.Errors)
        {
            controller.ModelState.AddModelError(CamelCasePath(failure.PropertyName), failure.ErrorMessage);
        }
        return controller.ModelState.IsValid;
    }

    /// <summary>"People[1].Slug" becomes "people[1].slug": every segment of a validator's property path, not just the first.</summary>
    public static string CamelCasePath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    /// <summary>"$.people[1].slug" becomes "people[1].slug", the path ValidationProblemDetails uses everywhere else.</summary>
    internal static string FieldPath(string? jsonPath) => jsonPath switch
    {
        null or "$" => "",
        _ when jsonPath.StartsWith("$.", StringComparison.Ordinal) => jsonPath[2..],
        _ when jsonPath.StartsWith('$') => jsonPath[1..],
        _ => jsonPath,
    };

    // The serializer's own messages name .NET types; a client only needs to know which member is wrong and why.
    private static string DescribeJsonError(JsonException exception) =>
        exception.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? "This property is unknown or may not be set by a client."
            : "The value does not have the expected type or format.";
}

/// <summary>Where a merge patch failed (a field path, empty for the whole body) and why.</summary>
public sealed record MergePatchError(string Path, string Message);
