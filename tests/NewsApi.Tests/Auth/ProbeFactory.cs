using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsApi.Infrastructure.Auth;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Auth;

/// <summary>
/// The real app with no seeds, plus a probe controller whose actions carry the write policies, settings of the test's
/// choosing, every log line captured, and the client address taken from <see cref="ClientAddressHeader"/>.
/// </summary>
public sealed class ProbeFactory : NewsApiFactory
{
    public const string ClientAddressHeader = "X-Test-Client-Address";

    public ProbeFactory(params (string Key, string? Value)[] settings)
    {
        SeedingEnabled = false;
        Settings = settings;
    }

    public IReadOnlyList<(string Key, string? Value)> Settings { get; }

    public string Environment { get; init; } = "Testing";

    public ConcurrentQueue<string> LogLines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingLoggerProvider(LogLines)));
        builder.ConfigureTestServices(services =>
        {
            services.AddControllers().AddApplicationPart(typeof(AuthProbeController).Assembly);
            services.AddSingleton<IStartupFilter, ClientAddressStartupFilter>();
        });
    }

    /// <summary>TestServer has no socket, so the test names the client address; a real server takes it from the connection.</summary>
    private sealed class ClientAddressStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientAddressHeader].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The structured state too, so that a key hidden in a property rather than the message is still caught.
            var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {properties} {exception}");
        }
    }
}

/// <summary>Test-only actions guarded by the same policies as the real writes, so that auth is tested apart from any resource.</summary>
[ApiController]
[Route("test-probe")]
public sealed class AuthProbeController : ControllerBase
{
    [HttpPost("editor")]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    public IActionResult Edit() => Ok(new { name = User.Identity?.Name });

    [HttpDelete("admin")]
    [Authorize(Policy = ApiKeyPolicies.Admin)]
    public IActionResult Delete() => Ok(new { name = User.Identity?.Name });

    [HttpGet("read")]
    public IActionResult Read() => Ok(new { name = User.Identity?.Name });

    [HttpPost("json")]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    public IActionResult Json(Dictionary<string, string> body) => Ok(new { count = body.Count });
}
