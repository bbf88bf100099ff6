using System.Collections.Concurrent;
using System.Reflection;
using System.Xml.Linq;
using System.Xml.XPath;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using NewsApi.Infrastructure;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Directories;

/// <summary>
/// The OpenAPI text of the actions a directory controller inherits, taken from the <c>&lt;operation name="Get"&gt;</c>
/// elements of the controller's own class comment (holding the usual summary, remarks, response tags, and parameter for
/// param) and
/// applied by Swashbuckle's own XML comment filters, so that it reads exactly as comments on the action itself would.
/// Swashbuckle alone would find one text for the three controllers: the comments of the shared generic method.
/// </summary>
/// <param name="options">Swashbuckle's options, which its XML comment filters read.</param>
internal sealed class DirectoryOperationDocs(IOptions<SwaggerGenOptions> options) : IOperationFilter, IParameterFilter, IRequestBodyFilter
{
    private static readonly Lazy<XDocument> AssemblyComments = new(() =>
        XDocument.Load(Path.ChangeExtension(typeof(DirectoryOperationDocs).Assembly.Location, ".xml"), LoadOptions.PreserveWhitespace));

    private readonly ConcurrentDictionary<Type, Filters> byController = new();

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (For(context.MethodInfo) is { } filters)
        {
            filters.Operation.Apply(operation, context);
        }
    }

    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (context.ParameterInfo?.Member is not MethodInfo method || For(method) is not { } filters)
        {
            return;
        }
        filters.Parameter.Apply(parameter, context);
        if (context.ParameterInfo.Name == IdOrSlug.ParameterName && parameter.Schema is OpenApiSchema schema)
        {
            schema.MaxLength = DirectoryKeyLimits.SlugMaxLength(method.DeclaringType);
        }
    }

    public void Apply(IOpenApiRequestBody requestBody, RequestBodyFilterContext context)
    {
        if (context.BodyParameterDescription?.ParameterInfo()?.Member is MethodInfo method && For(method) is { } filters)
        {
            filters.RequestBody.Apply(requestBody, context);
        }
    }

    /// <summary>The filters over the controller's texts when the action is one it inherits from a directory base; null otherwise.</summary>
    private Filters? For(MethodInfo? action)
    {
        if (action?.ReflectedType is not { } controller || action.DeclaringType == controller || DirectoryKeyLimits.SlugMaxLength(controller) is null)
        {
            return null;
        }
        return byController.GetOrAdd(controller, Build);
    }

    /// <summary>
    /// An XML comments document in which each inherited action's member (the generic method's, which is the one Swashbuckle
    /// looks up) holds the controller's text for it.
    /// </summary>
    private Filters Build(Type controller)
    {
        var members = AssemblyComments.Value.Root!.Element("members")!.Elements("member").ToList();
        var own = members.Single(m => (string?)m.Attribute("name") == $"T:{controller.FullName}");
        var rewritten = new XElement("members");
        foreach (var operation in own.Elements("operation"))
        {
            var action = controller.GetMethod((string)operation.Attribute("name")!)
                ?? throw new InvalidOperationException($"{controller.Name} documents an action it does not have: {operation.Attribute("name")}.");
            var prefix = $"M:{action.DeclaringType!.GetGenericTypeDefinition().FullName}.{action.Name}(";
            var shared = members.Single(m => ((string?)m.Attribute("name"))?.StartsWith(prefix, StringComparison.Ordinal) == true);
            var text = new XElement("member", shared.Attribute("name"), operation.Nodes());
            // Written <parameter> in the class comment, where the compiler would check a <param> against the class's own.
            foreach (var parameter in text.Elements("parameter"))
            {
                parameter.Name = "param";
            }
            rewritten.Add(text);
        }
        var document = new XPathDocument(new XDocument(new XElement("doc", rewritten)).CreateReader()).CreateNavigator();
        var byName = document.Select("/doc/members/member").OfType<XPathNavigator>().ToDictionary(m => m.GetAttribute("name", ""), m => m.Clone());
        var generator = options.Value.SwaggerGeneratorOptions;
        return new Filters(
            new XmlCommentsOperationFilter(byName, generator), new XmlCommentsParameterFilter(byName, generator), new XmlCommentsRequestBodyFilter(byName, generator));
    }

    private sealed record Filters(XmlCommentsOperationFilter Operation, XmlCommentsParameterFilter Parameter, XmlCommentsRequestBodyFilter RequestBody);
}

public static class DirectoryOperationDocsSetup
{
    /// <summary>Registers <see cref="DirectoryOperationDocs"/>; call right after IncludeXmlComments, so that it runs where they run.</summary>
    public static void IncludeDirectoryOperationDocs(this SwaggerGenOptions options)
    {
        options.OperationFilter<DirectoryOperationDocs>();
        options.ParameterFilter<DirectoryOperationDocs>();
        options.RequestBodyFilter<DirectoryOperationDocs>();
    }
}
