using Graph.Web.Actors;
using Graph.Web.Decks;
using Graph.Web.Curation;
using Graph.Web.Hosting;
using Graph.Web.Imports;
using Graph.Web.Network;
using Graph.Web.OperationDetails;
using Graph.Web.Operations;
using Graph.Web.Reports;
using Graph.Web.Security;
using Graph.Web.Vocabulary;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = FrontEnd.WebRoot(args) });

builder.Services.Configure<GraphOptions>(builder.Configuration.GetSection("Graph"));
builder.Services.AddProblemDetails();
builder.Services.AddValidation();
builder.Services.AddApiDocumentation();
builder.Services.AddGraphStore(builder.Configuration);
builder.Services.AddApiKey();
builder.Services.AddNetwork();
builder.Services.AddActors();
builder.Services.AddWireCompression();
builder.Services.AddNetworkOutputCache();
builder.Services.AddGraphRateLimits(builder.Configuration);
builder.Services.AddGraphHealth();
builder.Services.AddGraphTelemetry();
builder.Services.AddServerLimits(builder.Configuration);
builder.Services.AddImports(builder.Configuration);
builder.Services.AddDecks();
builder.Services.AddCuration();

var app = builder.Build();

// One log line per request, outermost so it sees the final status of errors too.
app.UseRequestLogging();

// Errors of every kind, thrown or returned, leave as application/problem+json.
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseRateLimiter();
// The output cache sits outside compression, so a cached answer keeps its compressed bytes (per Accept-Encoding).
app.UseOutputCache();
app.UseResponseCompression();
app.UseFrontEnd();

app.MapHealth();
app.MapMetricsEndpoint();
app.MapApiDocumentation();
app.MapReports();
app.MapActors();
app.MapNetwork();
app.MapOperations();
app.MapEvidenceExport();
app.MapVocabulary();
app.MapImports();
app.MapDecks();
app.MapCuration();

app.LogDurability();
app.SeedSampleReports();
app.Services.GetRequiredService<ApiKey>();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
