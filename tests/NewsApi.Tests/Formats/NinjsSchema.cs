extern alias JsonEverything;

using System.Text.Json;
using System.Text.Json.Nodes;
using JsonEverything::Json.Schema;

namespace NewsApi.Tests.Formats;

/// <summary>The official IPTC ninjs 3.1 schema, loaded once: the schema registry refuses a second schema with the same $id.</summary>
internal static class NinjsSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Formats", "ninjs-schema_3.1.json")));

    /// <summary>The schema's errors for <paramref name="document"/>, one per line; empty when it is valid.</summary>
    public static string Errors(JsonNode document)
    {
        using var parsed = JsonDocument.Parse(document.ToJsonString());
        var results = Schema.Value.Evaluate(parsed.RootElement, new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
        });
        if (results.IsValid)
        {
            return "";
        }
        return string.Join('\n', (results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation} ({detail.EvaluationPath}): {error.Key} {error.Value}")));
    }
}
