using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace NewsApi.Infrastructure.Auth;

/// <summary>The roles a key can carry; configuration and claims use these exact strings.</summary>
public static class ApiKeyRoles
{
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static bool IsKnown(string? role) => role is Editor or Admin;
}

/// <summary>One configured key: only the SHA-256 of the raw key is stored, so configuration never holds a usable secret.</summary>
public sealed class ApiKeyEntry
{
    public string Name { get; set; } = "";

    /// <summary>Lower- or upper-case hex of SHA-256 over the UTF-8 bytes of the raw key.</summary>
    public string Sha256 { get; set; } = "";

    public string Role { get; set; } = "";
}

/// <summary>The <c>ApiKeys</c> configuration section.</summary>
public sealed class ApiKeyOptions
{
    public const string SectionName = "ApiKeys";

    public const string HeaderName = "X-Api-Key";

    public List<ApiKeyEntry> Keys { get; set; } = [];

    /// <summary>
    /// Hashes of the keys that appsettings.Development.json ships and the README prints: anyone can read them, so Production
    /// must never accept them.
    /// </summary>
    public static readonly IReadOnlySet<string> PublishedDevelopmentHashes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        HashHex("dev-editor-key-change-me"),
        HashHex("dev-admin-key-change-me"),
    };

    public static string HashHex(string rawKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rawKey)));
}

/// <summary>Checked at startup (ValidateOnStart), so that a bad key list stops the app before it serves a request.</summary>
internal sealed class ApiKeyOptionsValidator(IHostEnvironment environment) : IValidateOptions<ApiKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Keys.Count; i++)
        {
            var key = options.Keys[i];
            var where = $"{ApiKeyOptions.SectionName}:Keys:{i}";
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                failures.Add($"{where}:Name is required.");
            }
            if (key.Sha256.Length != 64 || !key.Sha256.All(Uri.IsHexDigit))
            {
                failures.Add($"{where}:Sha256 must be the 64 hex digits of a SHA-256 hash.");
            }
            if (!ApiKeyRoles.IsKnown(key.Role))
            {
                failures.Add($"{where}:Role must be '{ApiKeyRoles.Editor}' or '{ApiKeyRoles.Admin}'.");
            }
            if (environment.IsProduction() && ApiKeyOptions.PublishedDevelopmentHashes.Contains(key.Sha256))
            {
                failures.Add($"{where} ('{key.Name}') is the published development key; Production refuses to start with it. "
                    + "Generate a new random key and configure its SHA-256 hash.");
            }
        }
        var duplicates = options.Keys.GroupBy(k => k.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        failures.AddRange(duplicates.Select(d => $"{ApiKeyOptions.SectionName}: the key name '{d}' is used more than once."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
