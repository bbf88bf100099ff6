using NewsApi.Infrastructure;
using NewsApi.Seeding;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddNewsDatabase(builder.Configuration);
builder.Services.AddSeeding(builder.Configuration);

var app = builder.Build();

app.MapNewsHealthChecks();

app.Run();

/// <summary>Entry point; public so that WebApplicationFactory can reach it from the tests.</summary>
public partial class Program;
