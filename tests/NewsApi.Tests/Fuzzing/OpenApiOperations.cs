using System.Text.Json.Nodes;

namespace NewsApi.Tests.Fuzzing;

/// <summary>One parameter of an operation as the OpenAPI document gives it, with its schema resolved.</summary>
public sealed record OpenApiParameter(string Name, string In, bool Required, JsonObject Schema);

/// <summary>One operation of the OpenAPI document: what the fuzzer needs to build requests for it.</summary>
public sealed record OpenApiOperation(
    string OperationId,
    string Method,
    string PathTemplate,
    IReadOnlyList<OpenApiParameter> Parameters,
    IReadOnlyDictionary<string, JsonObject> RequestBodies,
    bool BodyRequired,
    bool Secured)
{
    public bool IsWrite => Method != "GET";

    /// <summary>Deletes need the admin role; every other secured operation is open to editors.</summary>
    public bool NeedsAdmin => Method == "DELETE";

    public override string ToString() => $"{Method} {PathTemplate} ({OperationId})";
}

/// <summary>Reads the operations out of the app's own swagger.json, resolving <c>$ref</c>s so generators see whole schemas.</summary>
public sealed class OpenApiOperations
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    private readonly JsonObject _schemas;

    private OpenApiOperations(JsonObject document)
    {
        _schemas = document["components"]?["schemas"]?.AsObject() ?? [];
        var operations = new List<OpenApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            var shared = item!["parameters"]?.AsArray() ?? [];
            foreach (var (method, node) in item.AsObject())
            {
                if (!Methods.Contains(method) || node is not JsonObject operation)
                {
                    continue;
                }
                operations.Add(Read(path, method.ToUpperInvariant(), operation, shared));
            }
        }
        All = operations;
    }

    public IReadOnlyList<OpenApiOperation> All { get; }

    public static OpenApiOperations Parse(JsonObject document) => new(document);

    /// <summary>A schema with its <c>$ref</c> replaced by the component it names (one level; nested refs resolve on demand).</summary>
    public JsonObject Resolve(JsonNode? schema)
    {
        if (schema is not JsonObject obj)
        {
            return [];
        }
        if (obj["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference[(reference.LastIndexOf('/') + 1)..];
            return _schemas[name] as JsonObject ?? [];
        }
        if (obj["allOf"] is JsonArray { Count: 1 } allOf)
        {
            return Resolve(allOf[0]);
        }
        return obj;
    }

    private OpenApiOperation Read(string path, string method, JsonObject operation, JsonArray shared)
    {
        var parameters = shared.Concat(operation["parameters"]?.AsArray() ?? [])
            .OfType<JsonObject>()
            .Select(p => new OpenApiParameter(
                p["name"]!.GetValue<string>(),
                p["in"]!.GetValue<string>(),
                p["required"]?.GetValue<bool>() ?? false,
                Resolve(p["schema"])))
            .ToList();
        var bodies = new Dictionary<string, JsonObject>(StringComparer.OrdinalIgnoreCase);
        var body = operation["requestBody"] as JsonObject;
        foreach (var (contentType, content) in body?["content"]?.AsObject() ?? [])
        {
            bodies[contentType] = Resolve(content?["schema"]);
        }
        var secured = operation["security"] is JsonArray { Count: > 0 };
        return new OpenApiOperation(
            operation["operationId"]?.GetValue<string>() ?? $"{method} {path}",
            method,
            path,
            parameters,
            bodies,
            body?["required"]?.GetValue<bool>() ?? false,
            secured);
    }
}
