using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace NewsApi.Infrastructure.Auth;

/// <summary>
/// Authenticates the <c>X-Api-Key</c> header against the configured SHA-256 hashes. The raw key is never logged, stored or
/// echoed; failures say only that the key is missing or unknown.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<ApiKeyOptions> keys,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>Longer than any key worth hashing; bounds the work an anonymous client can make us do.</summary>
    private const int MaxKeyLength = 512;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyOptions.HeaderName, out var values) || values.Count == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var presented = values.Count == 1 ? values[0] : null;
        if (string.IsNullOrEmpty(presented) || presented.Length > MaxKeyLength)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is malformed."));
        }
        var match = Find(presented);
        if (match is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is not known."));
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, match.Name), new Claim(ClaimTypes.Role, match.Role)],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    /// <summary>Compares against every key, in constant time each, so that timing tells nothing about which hash came close.</summary>
    private ApiKeyEntry? Find(string presented)
    {
        Span<byte> presentedHash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), presentedHash);
        Span<byte> configuredHash = stackalloc byte[SHA256.HashSizeInBytes];
        ApiKeyEntry? match = null;
        foreach (var key in keys.CurrentValue.Keys)
        {
            if (Convert.FromHexString(key.Sha256, configuredHash, out _, out var written) != System.Buffers.OperationStatus.Done
                || written != configuredHash.Length)
            {
                continue;
            }
            if (CryptographicOperations.FixedTimeEquals(presentedHash, configuredHash))
            {
                match ??= key;
            }
        }
        return match;
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = SchemeName + " header=\"" + ApiKeyOptions.HeaderName + "\"";
        var hasKey = Request.Headers.ContainsKey(ApiKeyOptions.HeaderName);
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, "An API key is required.",
            hasKey
                ? $"The key in {ApiKeyOptions.HeaderName} is not known."
                : $"Writes need an API key in the {ApiKeyOptions.HeaderName} header.");
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        var role = Context.User.FindFirstValue(ClaimTypes.Role);
        await WriteProblemAsync(StatusCodes.Status403Forbidden, "The API key's role may not do this.",
            $"The role '{role}' may not perform this operation; deleting needs the '{ApiKeyRoles.Admin}' role.");
    }

    private async Task WriteProblemAsync(int status, string title, string detail)
    {
        var written = await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
        if (!written)
        {
            // A client whose Accept excludes problem+json still learns why, in the one format every client reads.
            await Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title, Detail = detail },
                (System.Text.Json.JsonSerializerOptions?)null, ProblemResults.ContentType);
        }
    }
}
