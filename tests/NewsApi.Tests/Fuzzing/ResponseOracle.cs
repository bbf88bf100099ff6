using System.Text;
using System.Text.Json;

namespace NewsApi.Tests.Fuzzing;

/// <summary>What must hold for every response, whatever was sent.</summary>
public static class ResponseOracle
{
    private const string ProblemMediaType = "application/problem+json";

    // Answered before authentication runs, so they may stand in for a 401 or 403: the request limits, the rate limiter,
    // and routing's own 415 for a content type no [Consumes] accepts (endpoint selection happens before authorization).
    private static readonly int[] BeforeAuthentication = [413, 414, 415, 429, 431];

    // A hostile path value may stop the route matching at all; then there is no operation to authorize.
    private static readonly int[] Unrouted = [400, 404, 405];

    public static IReadOnlyList<string> Check(FuzzRequest request, FuzzExchange exchange)
    {
        var violations = new List<string>();
        if (exchange.Failure is not null)
        {
            violations.Add("no response (dropped connection, exception or hang)");
            return violations;
        }
        if (exchange.ServerRejected)
        {
            return violations;
        }
        var status = exchange.Status;
        if (status >= 500)
        {
            violations.Add($"server error {status}");
        }
        else if (status is >= 300 and < 400 && status != 304)
        {
            violations.Add($"redirect {status} from an API operation");
        }
        else if (status == 304 && !request.Headers.Any(h => h.Key == "If-None-Match"))
        {
            violations.Add("304 without If-None-Match");
        }
        else if (status < 200)
        {
            violations.Add($"informational status {status} as a final answer");
        }
        if (status is >= 400 and < 600)
        {
            CheckProblem(exchange, violations);
        }
        if (status is >= 200 and < 300 && exchange.MediaType is { } mediaType && mediaType.EndsWith("json", StringComparison.Ordinal))
        {
            try
            {
                using var _ = JsonDocument.Parse(exchange.Body);
            }
            catch (JsonException e)
            {
                violations.Add($"a {status} {mediaType} body that is not JSON: {e.Message}");
            }
        }
        CheckAuthorization(request, status, violations);
        if (status is >= 200 and < 300 && request.Operation.IsWrite && request.Operation.Secured && request.Refusal != RefusalReason.None)
        {
            violations.Add($"a write built to be refused ({request.Refusal}) was accepted with {status}");
        }
        if (status == 401 && !exchange.Headers.ContainsKey("WWW-Authenticate"))
        {
            violations.Add("a 401 without WWW-Authenticate");
        }
        if (Encoding.UTF8.GetString(exchange.Body).Contains("   at ", StringComparison.Ordinal))
        {
            violations.Add("a stack trace in the body");
        }
        return violations;
    }

    private static void CheckProblem(FuzzExchange exchange, List<string> violations)
    {
        if (exchange.MediaType != ProblemMediaType)
        {
            violations.Add($"a {exchange.Status} with Content-Type {exchange.MediaType ?? "(none)"}, not {ProblemMediaType}");
            return;
        }
        try
        {
            using var problem = JsonDocument.Parse(exchange.Body);
            var root = problem.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                violations.Add("a problem body that is not a JSON object");
                return;
            }
            if (!root.TryGetProperty("status", out var status) || status.ValueKind != JsonValueKind.Number || status.GetInt32() != exchange.Status)
            {
                violations.Add($"a problem whose status member is not {exchange.Status}");
            }
            if (!root.TryGetProperty("title", out var title) || title.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(title.GetString()))
            {
                violations.Add("a problem without a title");
            }
        }
        catch (JsonException e)
        {
            violations.Add($"a problem body that is not JSON: {e.Message}");
        }
    }

    private static void CheckAuthorization(FuzzRequest request, int status, List<string> violations)
    {
        if (!request.Operation.Secured)
        {
            return;
        }
        int? expected = request.Caller switch
        {
            Caller.Anonymous or Caller.UnknownKey => 401,
            Caller.Editor when request.Operation.NeedsAdmin => 403,
            _ => null,
        };
        if (expected is null)
        {
            return;
        }
        if (status == expected || BeforeAuthentication.Contains(status) || (!request.PathShaped && Unrouted.Contains(status)))
        {
            return;
        }
        violations.Add($"{request.Caller} caller on a write that needs {(request.Operation.NeedsAdmin ? "admin" : "editor")}: {status}, expected {expected}");
    }
}
