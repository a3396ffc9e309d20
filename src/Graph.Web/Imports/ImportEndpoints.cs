using Graph.Web.Hosting;
using Graph.Web.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Graph.Web.Imports;

/// <summary>/api/imports: upload files or a .zip to import in the background, then follow the import.</summary>
public static class ImportEndpoints
{
    public static IEndpointRouteBuilder MapImports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/imports").WithTags("Imports");
        group.MapPost("/", PostAsync)
            .RequireApiKey()
            .DisableAntiforgery()
            .Accepts<IFormFileCollection>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Import files in the background")
            .WithDescription("multipart/form-data with one or more files: web pages, RSS/Atom feeds, CSV, JSON or JSON Lines, " +
                "GDELT 2.0 event exports, text, or .zip archives of them. Answers 202 with the import's id; follow it at the Location.");
        group.MapGet("/{id:guid}", Get).WithSummary("An import's state, counts and refusals")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Accepted<ImportStatus>, ProblemHttpResult>> PostAsync(
        HttpContext context, ImportQueue queue, StoreLocation location, IOptions<ImportLimitsOptions> options)
    {
        var limits = options.Value;
        var request = context.Request;
        if (!request.HasFormContentType || request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send the files as multipart/form-data", "Each file is one form part (any field name).");
        }

        if (request.ContentLength > limits.MaxUploadBytes)
        {
            return TooLarge(limits);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limits.MaxUploadBytes;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limits.MaxUploadBytes }, context.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) || e is BadHttpRequestException { StatusCode: 413 }
                ? TooLarge(limits)
                : Problem(StatusCodes.Status400BadRequest, "The upload could not be read", e.Message);
        }

        if (form.Files.Count == 0)
        {
            return Problem(StatusCodes.Status400BadRequest, "No files", "The form holds no file; attach one or more files or a .zip archive.");
        }

        var id = Guid.NewGuid();
        var folder = Path.Combine(Path.GetDirectoryName(location.DatabaseFile)!, "imports", id.ToString("N"));
        Directory.CreateDirectory(folder);
        var names = new List<string>();
        try
        {
            foreach (var file in form.Files)
            {
                var name = SafeName(file.FileName, names);
                names.Add(name);
                await using var target = File.Create(Path.Combine(folder, name));
                await file.CopyToAsync(target, context.RequestAborted);
            }
        }
        catch
        {
            Directory.Delete(folder, recursive: true); // an upload cut short leaves nothing behind
            throw;
        }

        var job = new ImportJob(id, folder, names);
        queue.Enqueue(job, limits.RememberedImports);
        return TypedResults.Accepted($"/api/imports/{id}", job.ToStatus());
    }

    private static Results<Ok<ImportStatus>, ProblemHttpResult> Get(Guid id, ImportQueue queue) =>
        queue.Find(id) is { } job
            ? TypedResults.Ok(job.ToStatus())
            : Problem(StatusCodes.Status404NotFound, "Import not found", $"No import has id {id}; finished imports are remembered until the server restarts.");

    // Only the file's own name is kept, so an upload cannot write outside its folder; clashes are numbered.
    private static string SafeName(string fileName, List<string> taken)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = string.IsNullOrWhiteSpace(name) || name is "." or ".." ? $"upload-{taken.Count + 1}" : name;
        return taken.Contains(name, StringComparer.OrdinalIgnoreCase) ? $"{taken.Count + 1}-{name}" : name;
    }

    private static ProblemHttpResult TooLarge(ImportLimitsOptions limits) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Upload too large", $"An upload may hold at most {limits.MaxUploadBytes:N0} bytes (Graph:Imports:MaxUploadBytes).");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);
}
