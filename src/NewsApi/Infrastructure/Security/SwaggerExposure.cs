namespace NewsApi.Infrastructure.Security;

/// <summary>
/// <c>Swagger:Enabled</c>: whether Swagger UI and the OpenAPI document are served. Unset, they are served everywhere but
/// Production, where a full map of the API (and the UI's Authorize dialog) is more use to an attacker than to a reader.
/// </summary>
public static class SwaggerExposure
{
    public const string EnabledKey = "Swagger:Enabled";

    public static bool IsEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>(EnabledKey) ?? !environment.IsProduction();
}
