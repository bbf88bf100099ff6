using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace NewsApi.Directories;

/// <summary>
/// Orders a directory controller's actions reads first, by path, then writes: reflection lists a class's own actions before
/// the ones it inherits, which would put <c>/quotes</c> ahead of the list in the OpenAPI document.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class DirectoryActionOrderAttribute : Attribute, IControllerModelConvention
{
    public void Apply(ControllerModel controller)
    {
        var ordered = controller.Actions
            .OrderBy(a => IsRead(a) ? 0 : 1)
            .ThenBy(a => IsRead(a) ? a.Selectors[0].AttributeRouteModel?.Template ?? "" : "", StringComparer.Ordinal)
            .ToList();
        controller.Actions.Clear();
        foreach (var action in ordered)
        {
            controller.Actions.Add(action);
        }
    }

    private static bool IsRead(ActionModel action) => action.Attributes.OfType<HttpGetAttribute>().Any();
}

/// <summary>
/// Gives a directory's route key the longest slug of its entity as a MaxLength, on the shared actions and on a controller's
/// own: an attribute on the shared actions can name only constants, and the entities' limits differ, yet a key too long
/// must be the same 400 it always was.
/// </summary>
public sealed class DirectoryKeyLimits : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        if (context.Key is { MetadataKind: ModelMetadataKind.Parameter, ParameterInfo: { Name: IdOrSlug.ParameterName } parameter }
            && SlugMaxLength(parameter.Member.DeclaringType) is int maxLength)
        {
            context.ValidationMetadata.ValidatorMetadata.Add(new MaxLengthAttribute(maxLength));
        }
    }

    /// <summary>The longest slug of the entity of a directory controller (or of a class it derives from); null for any other type.</summary>
    public static int? SlugMaxLength(Type? controller)
    {
        for (var type = controller; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(DirectoryController<,,,,>))
            {
                return Of(type.GetGenericArguments()[0]);
            }
        }
        return null;
    }

    /// <summary>The longest slug of a directory entity.</summary>
    public static int Of(Type entity) => entity == typeof(Person) ? Person.SlugMaxLength
        : entity == typeof(Organization) ? Organization.SlugMaxLength
        : entity == typeof(Tag) ? Tag.SlugMaxLength
        : throw new InvalidOperationException($"No slug limit is known for {entity.Name}.");
}
