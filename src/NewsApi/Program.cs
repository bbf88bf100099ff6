var builder = WebApplication.CreateBuilder(args);

var app = builder.Build();

app.MapGet("/health/live", () => Results.Ok());

app.Run();

/// <summary>Entry point; public so that WebApplicationFactory can reach it from the tests.</summary>
public partial class Program;
