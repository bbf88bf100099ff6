using NewsApi.Infrastructure.Auth;

namespace NewsApi.Tests.Infrastructure;

/// <summary>Raw keys whose SHA-256 hashes <see cref="NewsApiFactory"/> configures; <see cref="Unknown"/> is configured nowhere.</summary>
public static class TestApiKeys
{
    public const string Editor = "test-editor-key-7f3a9c";
    public const string Admin = "test-admin-key-2b8e41";
    public const string Unknown = "test-unknown-key-000000";

    public const string EditorName = "test-editor";
    public const string AdminName = "test-admin";

    /// <summary>The configuration entries for the editor and admin keys, as the factory sets them.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Settings(int firstIndex = 0)
    {
        (string Name, string Raw, string Role)[] keys =
        [
            (EditorName, Editor, ApiKeyRoles.Editor),
            (AdminName, Admin, ApiKeyRoles.Admin),
        ];
        for (var i = 0; i < keys.Length; i++)
        {
            var prefix = $"{ApiKeyOptions.SectionName}:Keys:{firstIndex + i}";
            yield return new($"{prefix}:Name", keys[i].Name);
            yield return new($"{prefix}:Sha256", ApiKeyOptions.HashHex(keys[i].Raw));
            yield return new($"{prefix}:Role", keys[i].Role);
        }
    }

    /// <summary>Sends <paramref name="key"/> in X-Api-Key on every later request of this client, replacing any earlier key.</summary>
    public static HttpClient WithApiKey(this HttpClient client, string key)
    {
        client.DefaultRequestHeaders.Remove(ApiKeyOptions.HeaderName);
        client.DefaultRequestHeaders.Add(ApiKeyOptions.HeaderName, key);
        return client;
    }
}
