using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace NewsApi.Infrastructure.OpenApi;

/// <summary>
/// Stable operationIds for generated clients: a route name when the action has one, otherwise controller and action
/// ("Articles_List"), so that renaming a C# method is the only thing that renames a client method.
/// </summary>
public static class OperationIds
{
    public static string For(ApiDescription description)
    {
        if (description.ActionDescriptor.AttributeRouteInfo?.Name is { Length: > 0 } routeName)
        {
            return routeName;
        }
        if (description.ActionDescriptor is ControllerActionDescriptor action)
        {
            return $"{action.ControllerName}_{action.ActionName}";
        }
        // Minimal endpoints have neither; their method and path are unique by construction.
        var path = (description.RelativePath ?? string.Empty).Replace('/', '_').Replace("{", string.Empty).Replace("}", string.Empty);
        return $"{description.HttpMethod?.ToLowerInvariant()}_{path}";
    }
}
