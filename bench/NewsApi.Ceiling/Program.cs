using System.Text;

// The most this machine can serve: one endpoint that writes a precomputed JSON body from memory, with no routing to
// controllers, no database and no serialization. Cached scenarios of the API are reported as a share of it.
// Ceiling:BodyFile is a response saved from the API, so the body has the same size as the list it stands for.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

var bodyFile = app.Configuration["Ceiling:BodyFile"];
var body = bodyFile is null ? Encoding.UTF8.GetBytes($"{{\"items\":\"{new string('x', 12 * 1024)}\"}}") : await File.ReadAllBytesAsync(bodyFile);

app.MapGet("/ceiling", (HttpContext context) =>
{
    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body).AsTask();
});

await app.RunAsync();
