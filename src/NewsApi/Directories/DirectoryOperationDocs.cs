using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using System.Xml.XPath;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Directories;

/// <summary>
/// The OpenAPI text of the actions a directory controller inherits: the shared text of the base action's own comment, its
/// placeholders filled from the controller's <c>&lt;directory one="person" a="a person" ...&gt;</c> element, with what the
/// controller's <c>&lt;operation name="Get"&gt;</c> element says in its place (a summary, remarks, a parameter by name, a
/// response by code). Swashbuckle's own XML comment filters then apply it, so that it reads exactly as comments on the
/// action itself would; alone, they would find one text for the three controllers: the comments of the shared generic method.
/// </summary>
internal sealed partial class DirectoryOperationDocs(IOptions<SwaggerGenOptions> options) : IOperationFilter, IParameterFilter, IRequestBodyFilter
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
        if (context.ParameterInfo?.Member is not MethodInfo method)
        {
            return;
        }
        For(method)?.Parameter.Apply(parameter, context);
        // Every directory action's route key, inherited or the controller's own, has the limit DirectoryKeyLimits validates.
        if (context.ParameterInfo.Name == IdOrSlug.ParameterName && parameter.Schema is OpenApiSchema schema
            && DirectoryKeyLimits.SlugMaxLength(method.DeclaringType) is int maxLength)
        {
            schema.MaxLength = maxLength;
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
        var placeholders = Placeholders(controller, own);
        var rewritten = new XElement("members");
        foreach (var action in controller.GetMethods().Where(m => m.DeclaringType != controller && DeclaresRoute(m)))
        {
            var prefix = $"M:{action.DeclaringType!.GetGenericTypeDefinition().FullName}.{action.Name}(";
            var shared = members.Single(m => ((string?)m.Attribute("name"))?.StartsWith(prefix, StringComparison.Ordinal) == true);
            var operation = own.Elements("operation").SingleOrDefault(o => (string?)o.Attribute("name") == action.Name) ?? new XElement("operation");
            var text = new XElement("member", shared.Attribute("name"));
            foreach (var element in shared.Elements())
            {
                text.Add(OwnFor(operation, element) ?? Filled(element, placeholders, controller));
            }
            // What the shared text does not say at all, such as remarks, the controller adds.
            foreach (var element in operation.Elements().Where(e => !shared.Elements().Any(s => OwnFor(new XElement("operation", e), s) is not null)))
            {
                text.Add(new XElement(element) { Name = element.Name.LocalName == "parameter" ? "param" : element.Name });
            }
            rewritten.Add(text);
        }
        foreach (var operation in own.Elements("operation"))
        {
            _ = controller.GetMethod((string)operation.Attribute("name")!)
                ?? throw new InvalidOperationException($"{controller.Name} documents an action it does not have: {operation.Attribute("name")}.");
        }
        var document = new XPathDocument(new XDocument(new XElement("doc", rewritten)).CreateReader()).CreateNavigator();
        var byName = document.Select("/doc/members/member").OfType<XPathNavigator>().ToDictionary(m => m.GetAttribute("name", ""), m => m.Clone());
        var generator = options.Value.SwaggerGeneratorOptions;
        return new Filters(
            new XmlCommentsOperationFilter(byName, generator), new XmlCommentsParameterFilter(byName, generator), new XmlCommentsRequestBodyFilter(byName, generator));
    }

    private static bool DeclaresRoute(MethodInfo method) =>
        method.GetCustomAttributes(typeof(HttpMethodAttribute), inherit: true).Length > 0;

    /// <summary>
    /// The controller's own element for a shared one: the same summary or remarks, the parameter of that name (written
    /// <c>&lt;parameter&gt;</c> in the class comment, where the compiler would check a <c>&lt;param&gt;</c> against the
    /// class's own) or the response with that code.
    /// </summary>
    private static XElement? OwnFor(XElement operation, XElement shared)
    {
        var own = shared.Name.LocalName switch
        {
            "param" => operation.Elements("parameter").SingleOrDefault(p => (string?)p.Attribute("name") == (string?)shared.Attribute("name")),
            "response" => operation.Elements("response").SingleOrDefault(r => (string?)r.Attribute("code") == (string?)shared.Attribute("code")),
            var name => operation.Element(name),
        };
        if (own is null)
        {
            return null;
        }
        var copy = new XElement(own) { Name = shared.Name };
        // A parameter the controller words itself keeps the shared example unless it gives its own.
        if (copy.Attribute("example") is null && shared.Attribute("example") is { } example)
        {
            copy.SetAttributeValue("example", example.Value);
        }
        return copy;
    }

    private static Dictionary<string, string> Placeholders(Type controller, XElement own)
    {
        var directory = own.Element("directory")
            ?? throw new InvalidOperationException($"{controller.Name} has no <directory> element to fill its shared OpenAPI text with.");
        var values = directory.Attributes().ToDictionary(a => "{" + a.Name.LocalName + "}", a => a.Value);
        if (values.TryGetValue("{a}", out var article))
        {
            values["{A}"] = char.ToUpperInvariant(article[0]) + article[1..];
        }
        return values;
    }

    private static XElement Filled(XElement shared, Dictionary<string, string> placeholders, Type controller)
    {
        var copy = new XElement(shared);
        foreach (var text in copy.DescendantNodesAndSelf().OfType<XText>())
        {
            text.Value = Fill(text.Value, placeholders, controller);
        }
        foreach (var attribute in copy.DescendantsAndSelf().SelectMany(e => e.Attributes()))
        {
            attribute.Value = Fill(attribute.Value, placeholders, controller);
        }
        return copy;
    }

    private static string Fill(string text, Dictionary<string, string> placeholders, Type controller)
    {
        foreach (var (placeholder, value) in placeholders)
        {
            text = text.Replace(placeholder, value, StringComparison.Ordinal);
        }
        return PlaceholderLeft().Match(text) is { Success: true } left
            ? throw new InvalidOperationException($"{controller.Name}'s <directory> element does not give {left.Value}.")
            : text;
    }

    [GeneratedRegex(@"\{[A-Za-z-]+\}")]
    private static partial Regex PlaceholderLeft();

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
