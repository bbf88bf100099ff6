namespace NewsApi.Infrastructure.Auth;

/// <summary>Authorization policies for writes; controllers name them in [Authorize(Policy = ...)].</summary>
public static class ApiKeyPolicies
{
    /// <summary>Create, update, ingest and merge: the editor and admin roles.</summary>
    public const string Editor = "Editor";

    /// <summary>Delete as well: the admin role only.</summary>
    public const string Admin = "Admin";
}
