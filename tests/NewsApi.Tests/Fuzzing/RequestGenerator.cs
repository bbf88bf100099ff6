using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace NewsApi.Tests.Fuzzing;

/// <summary>
/// CsCheck generators of requests for every operation of the OpenAPI document: values shaped by each parameter's and body's
/// schema, mixed with hostile ones. With <c>allowWrites: false</c> every write is built to be refused (no key, too low a
/// role, a malformed body, a wrong content type or a missing If-Match), so the stored state must not change at all.
/// </summary>
public sealed class RequestGenerator(OpenApiOperations document, FuzzVocabulary vocabulary)
{
    private const int JsonBodyLimit = 256 * 1024;
    private const int DocumentBodyLimit = 1024 * 1024;

    private static readonly string[] WrongJsonContentTypes =
        ["application/xml", "text/html", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "image/png", "application/octet-stream", "text/csv"];

    private static readonly string[] WrongTextContentTypes =
        ["application/json", "application/xml", "image/png", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream"];

    // Neither clearly right nor clearly wrong: the API may read or refuse them, so they never count as a reason to refuse.
    private static readonly string[] OddContentTypes =
        ["", "a/b/c", ";;;", "application/", "*/*", "text/*", "application/json-patch+json", "application/merge-patch+json", "application/json; charset=bogus", "application/json; charset=utf-16", "application/json; charset=utf-7", "text/plain; charset=utf-7", "text/plain; charset=utf-32", "text/plain; charset=\u00e9", "application/problem+json"];

    private static readonly string[] ForbiddenProperties = ["id", "slug", "createdAt", "updatedAt", "contentHash", "version", "articleCount", "zzz", "__proto__", ""];

    private static readonly string[] Accepts =
        ["application/json", "application/ld+json", "application/ninjs+json", "text/html", "*/*", "application/json;q=0", "application/*;q=0.5, text/*",
         "garbage;;q=x", "application/json;q=NaN", "application/atom+xml", "application/ninjs+json;q=0.9, application/ld+json;q=0.91", ""];

    private static readonly string[] EntityTags = ["*", "\"x\"", "W/\"x\"", "\"", "\"a\", \"b\"", "garbage", "W/", "\"\u00e9\"", ""];

    /// <summary>One request for an operation picked uniformly from the document.</summary>
    public Gen<FuzzRequest> Requests(bool allowWrites) =>
        Gen.OneOf(document.All.Select(operation => ForOperation(operation, allowWrites)).ToArray());

    public Gen<FuzzRequest> ForOperation(OpenApiOperation operation, bool allowWrites) =>
        from path in PathGen(operation)
        from query in QueryGen(operation)
        from refusal in RefusalGen(operation, allowWrites)
        from caller in CallerGen(operation, refusal, allowWrites)
        from body in BodyGen(operation, refusal)
        from ifMatch in IfMatchGen(operation, refusal)
        from headers in HeadersGen(operation)
        let actual = ActualRefusal(operation, caller, body, ifMatch)
        select new FuzzRequest(operation, path.Path, query, caller, ifMatch, headers, body.ContentType, body.Bytes, body.Kind, path.Shaped, actual);

    private static RefusalReason ActualRefusal(OpenApiOperation operation, Caller caller, GeneratedBody body, IfMatchMode ifMatch)
    {
        if (!operation.Secured)
        {
            return RefusalReason.None;
        }
        return caller switch
        {
            Caller.Anonymous => RefusalReason.NoKey,
            Caller.UnknownKey => RefusalReason.UnknownKey,
            Caller.Editor when operation.NeedsAdmin => RefusalReason.RoleTooLow,
            _ when body.Class == BodyClass.Refused => RefusalReason.MalformedBody,
            _ when body.ContentTypeWrong => RefusalReason.WrongContentType,
            _ when operation.Method is "PUT" or "PATCH" or "DELETE" && ifMatch is IfMatchMode.None or IfMatchMode.Stale or IfMatchMode.Garbage =>
                RefusalReason.MissingOrStaleIfMatch,
            _ => RefusalReason.None,
        };
    }

    private static Gen<RefusalReason> RefusalGen(OpenApiOperation operation, bool allowWrites)
    {
        if (allowWrites || !operation.Secured)
        {
            return Gen.Const(RefusalReason.None);
        }
        var reasons = new List<RefusalReason> { RefusalReason.NoKey, RefusalReason.UnknownKey };
        if (operation.NeedsAdmin)
        {
            reasons.Add(RefusalReason.RoleTooLow);
        }
        if (operation.RequestBodies.Count > 0)
        {
            reasons.Add(RefusalReason.MalformedBody);
            reasons.Add(RefusalReason.WrongContentType);
        }
        if (operation.Method is "PUT" or "PATCH" or "DELETE")
        {
            reasons.Add(RefusalReason.MissingOrStaleIfMatch);
        }
        return Gen.OneOf([.. reasons]);
    }

    private static Gen<Caller> CallerGen(OpenApiOperation operation, RefusalReason refusal, bool allowWrites) => refusal switch
    {
        RefusalReason.NoKey => Gen.Const(Caller.Anonymous),
        RefusalReason.UnknownKey => Gen.Const(Caller.UnknownKey),
        RefusalReason.RoleTooLow => Gen.Const(Caller.Editor),
        RefusalReason.None when allowWrites || !operation.Secured =>
            Gen.Frequency((1, Gen.Const(Caller.Anonymous)), (1, Gen.Const(Caller.UnknownKey)), (3, Gen.Const(Caller.Editor)), (3, Gen.Const(Caller.Admin))),
        _ => operation.NeedsAdmin ? Gen.Const(Caller.Admin) : Gen.OneOf(Caller.Editor, Caller.Admin),
    };

    private static Gen<IfMatchMode> IfMatchGen(OpenApiOperation operation, RefusalReason refusal)
    {
        if (refusal == RefusalReason.MissingOrStaleIfMatch)
        {
            return Gen.OneOf(IfMatchMode.None, IfMatchMode.Stale, IfMatchMode.Garbage);
        }
        if (operation.Method is "PUT" or "PATCH" or "DELETE")
        {
            return Gen.Frequency(
                (4, Gen.Const(IfMatchMode.Current)), (2, Gen.Const(IfMatchMode.Any)), (1, Gen.Const(IfMatchMode.None)),
                (1, Gen.Const(IfMatchMode.Stale)), (1, Gen.Const(IfMatchMode.Garbage)));
        }
        return operation.Method == "POST" && operation.PathTemplate.EndsWith("/merge", StringComparison.Ordinal)
            ? Gen.Frequency((4, Gen.Const(IfMatchMode.None)), (1, Gen.Const(IfMatchMode.Current)), (1, Gen.Const(IfMatchMode.Stale)), (1, Gen.Const(IfMatchMode.Garbage)))
            : Gen.Const(IfMatchMode.None);
    }

    private static Gen<IReadOnlyList<KeyValuePair<string, string>>> HeadersGen(OpenApiOperation operation)
    {
        var accept = Gen.Frequency((5, Gen.Const((string?)null)), (2, Gen.OneOf(Accepts).Select(a => (string?)a)));
        var ifNoneMatch = operation.Method == "GET"
            ? Gen.Frequency((6, Gen.Const((string?)null)), (1, Gen.OneOf(EntityTags).Select(a => (string?)a)))
            : Gen.Const((string?)null);
        var sourceName = operation.Parameters.Any(p => p.In == "header" && p.Name == "X-Source-Name")
            ? Gen.Frequency((2, Gen.Const((string?)null)), (2, HeaderSafe(HostileValues.Text(300)).Select(a => (string?)a)), (1, Gen.Int[1, 20_000].Select(n => (string?)HostileValues.Repeat("n", n))))
            : Gen.Const((string?)null);
        var origin = Gen.Frequency((8, Gen.Const((string?)null)), (1, Gen.OneOf("https://evil.example", "null", "http://localhost").Select(a => (string?)a)));
        var huge = Gen.Frequency((40, Gen.Const((string?)null)), (1, Gen.Int[1_000, 20_000].Select(n => (string?)HostileValues.Repeat("h", n))));
        return Gen.Select(accept, ifNoneMatch, sourceName, origin, huge, (a, inm, source, o, h) =>
        {
            var headers = new List<KeyValuePair<string, string>>();
            Add(headers, "Accept", a);
            Add(headers, "If-None-Match", inm);
            Add(headers, "X-Source-Name", source);
            Add(headers, "Origin", o);
            Add(headers, "X-Padding", h);
            return (IReadOnlyList<KeyValuePair<string, string>>)headers;
        });

        static void Add(List<KeyValuePair<string, string>> headers, string name, string? value)
        {
            if (value is not null)
            {
                headers.Add(new(name, value));
            }
        }
    }

    // Header values travel as Latin-1 at most and never with CR, LF or NUL, which no client would put on the wire.
    private static Gen<string> HeaderSafe(Gen<string> gen) =>
        gen.Select(value => new string(value.Where(c => c is >= ' ' and <= '~' or '\t').ToArray()));

    private Gen<(string Path, bool Shaped)> PathGen(OpenApiOperation operation)
    {
        var pathParameters = operation.Parameters.Where(p => p.In == "path").ToList();
        if (pathParameters.Count == 0)
        {
            return Gen.Const((operation.PathTemplate, true));
        }
        var slugs = vocabulary.SlugsFor(operation.PathTemplate);
        var value = Gen.Frequency(
            (6, Gen.OneOf([.. slugs]).Select(s => (s, true))),
            (2, Gen.OneOf([.. vocabulary.Ids]).Select(i => (i.ToString(CultureInfo.InvariantCulture), true))),
            (2, SlugLike.Select(s => (s, true))),
            (3, HostileValues.String.Select(s => (HostileValues.Encode(s), false))),
            (2, Gen.OneOf(HostileValues.RawEncoded).Select(s => (s, false))),
            (1, Gen.Select(Gen.OneOf([.. slugs]), Gen.OneOf(HostileValues.RawEncoded), (s, raw) => (s + raw, false))),
            (1, Gen.Int[161, 3000].Select(n => (HostileValues.Repeat("a-", n), false))),
            (1, Gen.Const(("", false))));
        return value.Array[pathParameters.Count].Select(values =>
        {
            var path = operation.PathTemplate;
            for (var i = 0; i < pathParameters.Count; i++)
            {
                path = path.Replace("{" + pathParameters[i].Name + "}", values[i].Item1, StringComparison.Ordinal);
            }
            return (path, values.All(v => v.Item2));
        });
    }

    private static readonly Gen<string> SlugLike =
        Gen.Char['a', 'z'].Array[1, 12].Select(chars => new string(chars)).Array[1, 3].Select(parts => string.Join('-', parts));

    private Gen<string> QueryGen(OpenApiOperation operation)
    {
        var parts = operation.Parameters
            .Where(p => p.In == "query")
            .Select(p => Gen.Frequency((3, Gen.Const(Array.Empty<string>())), (2, QueryParameterGen(p))))
            .ToList();
        var extra = Gen.Frequency(
            (10, Gen.Const(Array.Empty<string>())),
            (1, Gen.OneOf("zzz=1", "page=1&page=2", "%00=%00", "=", "&&&", "a", "q", "%=%", "sort[]=x", "pageSize[$gt]=1").Select(s => new[] { s })),
            (1, Gen.Int[1_000, 6_000].Select(n => new[] { "q=" + HostileValues.Repeat("x", n) })));
        return Gen.Select(Sequence(parts), extra,
            (chosen, more) => string.Join('&', chosen.SelectMany(x => x).Concat(more)));
    }

    private Gen<string[]> QueryParameterGen(OpenApiParameter parameter)
    {
        var name = HostileValues.Encode(parameter.Name);
        var schema = parameter.Schema;
        if (schema["type"]?.GetValue<string>() == "array")
        {
            var item = document.Resolve(schema["items"]);
            return ParameterValue(parameter.Name, item).Array[1, 4].Select(values => values.Select(v => name + "=" + v).ToArray());
        }
        return ParameterValue(parameter.Name, schema).Select(v => new[] { name + "=" + v });
    }

    /// <summary>An already encoded value for one query parameter: shaped by its schema most of the time, hostile otherwise.</summary>
    private Gen<string> ParameterValue(string name, JsonObject schema)
    {
        var hostile = Gen.Frequency(
            (3, HostileValues.String.Select(HostileValues.Encode)),
            (2, Gen.OneOf(HostileValues.RawEncoded)),
            (2, Gen.OneOf(HostileValues.Numbers).Select(HostileValues.Encode)));
        return Gen.Frequency((3, ShapedParameterValue(name, schema)), (2, hostile));
    }

    private Gen<string> ShapedParameterValue(string name, JsonObject schema)
    {
        var type = schema["type"]?.GetValue<string>();
        if (schema["enum"] is JsonArray values)
        {
            var names = values.Select(v => v!.ToString()).ToArray();
            return Gen.Frequency((4, Gen.OneOf(names)), (1, Gen.OneOf(names).Select(n => n.ToUpperInvariant())));
        }
        if (type is "integer" or "number")
        {
            var min = schema["minimum"]?.GetValue<long>() ?? 0;
            var max = schema["maximum"]?.GetValue<long>() ?? 1_000_000;
            return Gen.Frequency(
                (4, Gen.Long[min, Math.Min(max, min + 30)]),
                (2, Gen.Long[min, max]),
                (2, Gen.OneOf(min - 1, max + 1, min, max, 0, -1, long.MaxValue, long.MinValue)))
                .Select(n => n.ToString(CultureInfo.InvariantCulture));
        }
        if (type == "boolean")
        {
            return Gen.OneOf("true", "false", "True", "FALSE", "1", "0", "yes");
        }
        var maxLength = schema["maxLength"]?.GetValue<int>() ?? 500;
        if (schema["format"]?.GetValue<string>() == "date")
        {
            return Gen.Frequency(
                (4, Gen.Select(Gen.Int[1990, 2030], Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => $"{y:D4}-{m:D2}-{d:D2}")),
                (2, Gen.OneOf("0001-01-01", "9999-12-31", "2021-02-30", "2021-13-01", "2021-1-1", "20210101", "2021-01-01T00:00:00Z", "01/02/2021", "-2021-01-01", "2021-00-00")));
        }
        Gen<string> shaped = name switch
        {
            "q" => Gen.Frequency(
                (4, HostileValues.Words),
                (2, Gen.Select(HostileValues.Words, Gen.OneOf("\"", "*", "^", ":", "NEAR(", "OR", "AND", "-", "(", ")", "' OR 1=1 --", "NOT"), HostileValues.Words, (a, op, b) => $"{a} {op} {b}")),
                (1, HostileValues.Long(maxLength + 10))),
            "cursor" or "since" => CursorLike,
            "facets" or "types" => Gen.OneOf("tags", "people", "organizations", "sources", "years", "articles", "quotes", "x", "", ",,,", "tags,tags").Array[1, 6]
                .Select(items => string.Join(',', items)),
            _ when schema["pattern"] is not null => Gen.Frequency(
                (3, Gen.OneOf([.. vocabulary.AllSlugs])),
                (1, SlugLike),
                (1, Gen.Int[maxLength - 2, maxLength + 2].Select(n => HostileValues.Repeat("a", Math.Max(n, 1))))),
            _ => Gen.Frequency((4, HostileValues.Words), (1, HostileValues.Long(maxLength + 10))),
        };
        return shaped.Select(HostileValues.Encode);
    }

    // Opaque cursors are base64url JSON: forge some with hostile fields, truncate others, or send plain garbage.
    private static readonly Gen<string> CursorLike = Gen.Frequency(
        (2, Gen.Select(Gen.OneOf("newest", "oldest", "relevance", "name", "articles", "' OR 1=1 --", ""), Gen.OneOf("2021-01-01T00:00:00Z", "x", "", "9999-99-99", "null"), Gen.Long, Gen.Int[-1, 3],
            (s, t, id, v) => Base64Url($"{{\"v\":{v},\"s\":\"{s}\",\"t\":\"{t}\",\"i\":{id}}}"))),
        (1, Gen.OneOf("{}", "[]", "null", "1", "{\"v\":1}", "{\"v\":1,\"s\":null}", "\"", "{\"v\":1,\"i\":1e999}").Select(Base64Url)),
        (1, Gen.Byte.Array[0, 64].Select(bytes => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_'))),
        (1, Gen.OneOf("AAAA", "====", "!!!!", "eyJ2IjoxfQ", "eyJ2Ijox", "-_-_", "0")));

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private enum BodyClass
    {
        /// <summary>May be a valid write.</summary>
        Maybe,

        /// <summary>Cannot be read as a valid request body at all: malformed JSON, the wrong top level, over the size limit.</summary>
        Refused,
    }

    private sealed record GeneratedBody(string? ContentType, byte[]? Bytes, string Kind, BodyClass Class, bool ContentTypeWrong);

    private Gen<GeneratedBody> BodyGen(OpenApiOperation operation, RefusalReason refusal)
    {
        if (operation.RequestBodies.Count == 0)
        {
            // Bodies on GET and DELETE are not expected; a few are sent anyway.
            return Gen.Frequency(
                (12, Gen.Const(new GeneratedBody(null, null, "none", BodyClass.Maybe, false))),
                (1, Gen.OneOf("{}", "garbage", "{\"a\":").Select(b => new GeneratedBody("application/json", Encoding.UTF8.GetBytes(b), "unexpected", BodyClass.Maybe, false))));
        }
        var (contentType, schema) = operation.RequestBodies.First();
        var isText = contentType.StartsWith("text/", StringComparison.Ordinal);
        if (operation.Method == "PATCH" || schema.Count == 0)
        {
            // A merge patch's schema is "any object"; the shape it applies to is the PUT body of the same path.
            schema = SiblingSchema(operation) ?? schema;
        }
        var rightType = RightContentType(contentType);
        var wrongType = Gen.OneOf(isText ? WrongTextContentTypes : WrongJsonContentTypes);
        var anyType = Gen.Frequency((8, rightType.Select(t => (t, false))), (1, wrongType.Select(t => (t, true))), (1, Gen.OneOf(OddContentTypes).Select(t => (t, false))));

        if (isText)
        {
            var text = TextBody();
            var oversized = Gen.Int[DocumentBodyLimit + 1, DocumentBodyLimit + 5_000].Select(n => (Encoding.UTF8.GetBytes(HostileValues.Repeat("word ", n)), "oversized"));
            return refusal switch
            {
                RefusalReason.MalformedBody => Gen.Select(rightType, oversized, (t, b) => new GeneratedBody(t, b.Item1, b.Item2, BodyClass.Refused, false)),
                RefusalReason.WrongContentType => Gen.Select(wrongType, text, (t, b) => new GeneratedBody(t, b.Bytes, b.Kind, BodyClass.Maybe, true)),
                _ => Gen.Frequency(
                    (60, Gen.Select(anyType, text, (t, b) => new GeneratedBody(NullIfEmpty(t.Item1), b.Bytes, b.Kind, BodyClass.Maybe, t.Item2))),
                    (1, Gen.Select(rightType, oversized, (t, b) => new GeneratedBody(t, b.Item1, b.Item2, BodyClass.Refused, false)))),
            };
        }

        var shaped = ShapedJson(schema, depth: 0).Select(node => node as JsonObject ?? []);
        var maybe = Gen.Frequency(
            (5, shaped.Select(o => (Bytes: Json(o), Kind: "shaped"))),
            (2, MutatedJson(shaped)));
        var refused = RefusedJson(shaped);
        return refusal switch
        {
            RefusalReason.MalformedBody => Gen.Select(anyType, refused, (t, b) => new GeneratedBody(NullIfEmpty(t.Item1), b.Bytes, b.Kind, BodyClass.Refused, t.Item2)),
            RefusalReason.WrongContentType => Gen.Select(wrongType, maybe, (t, b) => new GeneratedBody(t, b.Bytes, b.Kind, BodyClass.Maybe, true)),
            _ => Gen.Frequency(
                (3, Gen.Select(anyType, maybe, (t, b) => new GeneratedBody(NullIfEmpty(t.Item1), b.Bytes, b.Kind, BodyClass.Maybe, t.Item2))),
                (1, Gen.Select(anyType, refused, (t, b) => new GeneratedBody(NullIfEmpty(t.Item1), b.Bytes, b.Kind, BodyClass.Refused, t.Item2)))),
        };
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static Gen<string> RightContentType(string contentType) =>
        Gen.Frequency(
            (6, Gen.Const(contentType)),
            (1, Gen.OneOf($"{contentType}; charset=utf-8", contentType.ToUpperInvariant(), $"{contentType};charset=\"UTF-8\"", $"{contentType}; foo=bar")));

    private JsonObject? SiblingSchema(OpenApiOperation operation) =>
        document.All
            .Where(o => o.PathTemplate == operation.PathTemplate && o.Method == "PUT")
            .Select(o => o.RequestBodies.Values.FirstOrDefault())
            .FirstOrDefault(s => s is { Count: > 0 });

    /// <summary>A JSON value shaped by a schema: right types and formats, slugs that exist, hostile strings inside.</summary>
    private Gen<JsonNode?> ShapedJson(JsonObject schema, int depth)
    {
        schema = document.Resolve(schema);
        var type = schema["type"]?.GetValue<string>();
        var nullable = schema["nullable"]?.GetValue<bool>() ?? false;
        Gen<JsonNode?> value;
        if (schema["enum"] is JsonArray values)
        {
            var names = values.Select(v => v!.ToString()).ToArray();
            value = Gen.Frequency((6, Gen.OneOf(names)), (1, HostileValues.String)).Select(s => (JsonNode?)JsonValue.Create(s));
        }
        else if (type == "object" || schema["properties"] is not null)
        {
            var properties = (schema["properties"]?.AsObject() ?? []).Select(p => (p.Key, Schema: p.Value as JsonObject ?? [])).ToList();
            if (depth > 4 || properties.Count == 0)
            {
                return Gen.Const<JsonNode?>(new JsonObject());
            }
            var members = properties
                .Select(p => Gen.Frequency((1, Gen.Const<JsonNode?>(Missing)), (3, ShapedJson(p.Schema, depth + 1))).Select(v => (p.Key, Value: v)))
                .ToArray();
            value = Sequence(members).Select(chosen =>
            {
                var obj = new JsonObject();
                foreach (var (key, v) in chosen)
                {
                    if (!ReferenceEquals(v, Missing))
                    {
                        obj[key] = v;
                    }
                }
                return (JsonNode?)obj;
            });
        }
        else if (type == "array")
        {
            var items = document.Resolve(schema["items"]);
            value = Gen.Frequency((8, ShapedJson(items, depth + 1).Array[0, 4]), (1, ShapedJson(items, depth + 1).Array[100, 300]))
                .Select(array => (JsonNode?)new JsonArray(array.Select(v => v?.DeepClone()).ToArray()));
        }
        else if (type == "boolean")
        {
            value = Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b));
        }
        else if (type is "integer" or "number")
        {
            value = Gen.OneOf(Gen.Int[-5, 100], Gen.Int).Select(i => (JsonNode?)JsonValue.Create(i));
        }
        else if (schema["format"]?.GetValue<string>() == "date-time")
        {
            value = Gen.Frequency(
                (4, Gen.Select(Gen.Int[1990, 2026], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 23], (y, m, d, h) => $"{y:D4}-{m:D2}-{d:D2}T{h:D2}:15:00Z")),
                (2, Gen.OneOf("1899-12-31T23:59:59Z", "2999-01-01T00:00:00Z", "2021-01-16T00:44:00", "2021-01-16T00:44:00+05:00", "2021-02-30T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999Z", "2021-01-16", "yesterday", "")))
                .Select(s => (JsonNode?)JsonValue.Create(s));
        }
        else
        {
            var looksLikeSlug = schema["description"]?.GetValue<string>()?.Contains("slug", StringComparison.OrdinalIgnoreCase) ?? false;
            var example = schema["example"]?.ToString();
            value = Gen.Frequency(
                    (looksLikeSlug ? 6 : 1, Gen.OneOf([.. vocabulary.AllSlugs])),
                    (3, HostileValues.Words),
                    (example is null ? 0 : 2, Gen.Const(example ?? "")),
                    (2, HostileValues.String),
                    (1, HostileValues.Long(3_000)))
                .Select(s => (JsonNode?)JsonValue.Create(s));
        }
        return nullable ? Gen.Frequency((8, value), (1, Gen.Const((JsonNode?)null))) : value;
    }

    // A sentinel for "leave the property out"; never serialized.
    private static readonly JsonNode Missing = JsonValue.Create("\u0000missing")!;

    /// <summary>Valid JSON that the API should refuse, or may take: unknown or forbidden properties, wrong types, duplicates.</summary>
    private static Gen<(byte[] Bytes, string Kind)> MutatedJson(Gen<JsonObject> shaped) =>
        Gen.Frequency(
            (2, Gen.Select(shaped, Gen.OneOf(ForbiddenProperties), Gen.Int[0, 3], (o, name, v) =>
            {
                var copy = (JsonObject)o.DeepClone();
                copy[name] = v == 0 ? null : JsonValue.Create(v);
                return (Json(copy), "unknown-property");
            })),
            (3, Gen.Select(shaped, Gen.Int[0, 20], Gen.OneOf<JsonNode?>(JsonValue.Create(1), JsonValue.Create(-1.5), JsonValue.Create(true), new JsonArray(), new JsonObject(), JsonValue.Create("x"), null, new JsonArray(JsonValue.Create(1), null)),
                (o, index, wrong) =>
                {
                    var copy = (JsonObject)o.DeepClone();
                    if (copy.Count > 0)
                    {
                        copy[copy.ElementAt(index % copy.Count).Key] = wrong?.DeepClone();
                    }
                    return (Json(copy), "wrong-type");
                })),
            (1, shaped.Select(o =>
            {
                var text = Encoding.UTF8.GetString(Json(o));
                var first = o.FirstOrDefault();
                return first.Key is null
                    ? (Encoding.UTF8.GetBytes("{\"a\":1,\"a\":2}"), "duplicate-key")
                    : (Encoding.UTF8.GetBytes(text.Insert(1, $"{Escape(first.Key)}:{first.Value?.ToJsonString() ?? "null"},")), "duplicate-key");
            })),
            (1, shaped.Select(o => (Prefix([0xEF, 0xBB, 0xBF], Json(o)), "bom"))));

    /// <summary>Bodies that are not a JSON object at all, so no write may come of them whatever the key.</summary>
    private static Gen<(byte[] Bytes, string Kind)> RefusedJson(Gen<JsonObject> shaped) =>
        Gen.Frequency(
            (3, Gen.Select(shaped, Gen.Double.Unit, (o, cut) =>
            {
                var bytes = Json(o);
                return (bytes[..Math.Max(1, (int)((bytes.Length - 1) * cut))], "truncated");
            })),
            (3, Gen.Select(shaped, Gen.Int[0, 100_000], Gen.OneOf<byte[]>(HostileValues.InvalidUtf8), (o, at, bad) =>
            {
                var bytes = Json(o);
                var index = 1 + (at % Math.Max(1, bytes.Length - 1));
                return ((byte[])[.. bytes[..index], .. bad, .. bytes[index..]], "invalid-utf8");
            })),
            (2, Gen.Select(shaped, Gen.OneOf("x", ",", "}", "]", "\"", "//c", "/*", ", }"), (o, tail) => (Concat(Json(o), tail), "trailing-garbage"))),
            (2, shaped.Select(o => (Encoding.UTF8.GetBytes("/* c */" + Encoding.UTF8.GetString(Json(o))), "comment"))),
            (1, shaped.Select(o =>
            {
                var text = Encoding.UTF8.GetString(Json(o));
                return (Encoding.UTF8.GetBytes(text.Length > 2 ? text.Replace('"', '\'') : "{'a':1}"), "single-quotes");
            })),
            (2, Gen.OneOf("[]", "1", "\"text\"", "null", "true", "[{}]", "", " ", "\"\\ud800\"", "NaN", "{\"headline\":NaN}", "{\"name\":\"\\uZZZZ\"}", "{\"name\":\"a\u0001b\"}", "{,}", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "\u0000", "{\"name\":\"x\"}\u0000")
                .Select(s => (Encoding.UTF8.GetBytes(s), "not-an-object"))),
            (2, Gen.Select(Gen.Int[1_000, 10_000], Gen.OneOf("[", "{\"a\":"), Gen.Bool, (depth, open, inside) =>
            {
                var close = open == "[" ? "]" : "}";
                var nested = HostileValues.Repeat(open, depth * open.Length) + "1" + HostileValues.Repeat(close, depth);
                return (Encoding.UTF8.GetBytes(inside ? "{\"name\":" + nested + "}" : nested), "deeply-nested");
            })),
            (1, Gen.Const((Encoding.UTF8.GetBytes("{\"name\":" + HostileValues.Repeat("[", 10_000) + HostileValues.Repeat("]", 10_000) + "}"), "nested-10000"))),
            (1, Gen.Int[JsonBodyLimit + 1, JsonBodyLimit + 10_000].Select(n => (Encoding.UTF8.GetBytes("{\"name\":\"" + HostileValues.Repeat("a", n) + "\"}"), "oversized"))));

    private Gen<(byte[] Bytes, string Kind)> TextBody()
    {
        var document = Gen.OneOf([.. vocabulary.Documents]);
        return Gen.Frequency(
            (3, document.Select(d => (Encoding.UTF8.GetBytes(d), "document"))),
            (4, Gen.Select(document, Gen.Int[0, 1_000], HostileValues.Text(2_000).Array[1, 8], (d, at, inserts) =>
            {
                var lines = d.Split('\n').ToList();
                foreach (var insert in inserts)
                {
                    lines.Insert((at += 7) % (lines.Count + 1), insert);
                }
                return (Encoding.UTF8.GetBytes(string.Join('\n', lines)), "mutated-document");
            })),
            (2, Gen.Select(document, Gen.Int[0, 100_000], Gen.OneOf<byte[]>(HostileValues.InvalidUtf8).Array[1, 5], (d, at, bad) =>
            {
                var bytes = Encoding.UTF8.GetBytes(d);
                foreach (var b in bad)
                {
                    var index = (at += 97) % bytes.Length;
                    bytes = [.. bytes[..index], .. b, .. bytes[index..]];
                }
                return (bytes, "invalid-utf8");
            })),
            (2, HostileValues.Text(5_000).Array[0, 30].Select(lines => (Encoding.UTF8.GetBytes(string.Join('\n', lines)), "hostile-text"))),
            (1, Gen.OneOf("", " ", "\n\n\n", "\u00a0", "\ufeff", "\0\0\0", "\t\r\n").Select(s => (Encoding.UTF8.GetBytes(s), "blank"))),
            (1, Gen.Byte.Array[1, 2_000].Select(b => (b, "random-bytes"))),
            (1, Gen.Select(Gen.Int[10_000, 200_000], Gen.OneOf("a", "word ", "\"", "(", "1 ", "\u00a0", "GMT ", "Reuters "), (n, unit) => (Encoding.UTF8.GetBytes(HostileValues.Repeat(unit, n)), "long-run"))));
    }

    /// <summary>Compact JSON with every non-ASCII character escaped, lone surrogates included, which no encoder would write.</summary>
    private static byte[] Json(JsonNode? node) => Encoding.ASCII.GetBytes(Write(node));

    private static string Write(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject obj => "{" + string.Join(',', obj.Select(p => Escape(p.Key) + ":" + Write(p.Value))) + "}",
        JsonArray array => "[" + string.Join(',', array.Select(Write)) + "]",
        JsonValue value when value.TryGetValue<string>(out var s) => Escape(s),
        _ => node.ToJsonString(),
    };

    private static string Escape(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                text.Append('\\').Append(c);
            }
            else if (c is < ' ' or > '~')
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                text.Append(c);
            }
        }
        return text.Append('"').ToString();
    }

    /// <summary>One value from each generator, in order (CsCheck has tuples of up to 8, not lists).</summary>
    private static Gen<T[]> Sequence<T>(IReadOnlyList<Gen<T>> gens)
    {
        var all = Gen.Const(Array.Empty<T>());
        foreach (var gen in gens)
        {
            all = Gen.Select(all, gen, (earlier, next) => (T[])[.. earlier, next]);
        }
        return all;
    }

    private static byte[] Prefix(byte[] prefix, byte[] bytes) => [.. prefix, .. bytes];

    private static byte[] Concat(byte[] bytes, string tail) => [.. bytes, .. Encoding.UTF8.GetBytes(tail)];
}
