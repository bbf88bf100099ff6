using NewsApi.Infrastructure;
using NewsApi.Search;
using NewsApi.Seeding;

ConfigurationFileWatching.PollUnlessConfigured();
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddNewsDatabase(builder.Configuration);
builder.Services.AddSeeding(builder.Configuration);
builder.Services.AddSearchIndex(builder.Configuration);
builder.Services.AddNewsApi();

var app = builder.Build();

app.UseNewsApi();
app.MapNewsHealthChecks();

app.Run();

/// <summary>Entry point; public so that WebApplicationFactory can reach it from the tests.</summary>
public partial class Program;
