using Graph.Core.Import;

namespace Graph.Web.Imports;

/// <summary>Registers the import queue, its background worker and the <c>Graph:Imports</c> limits.</summary>
public static class ImportRegistration
{
    public static IServiceCollection AddImports(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ImportLimitsOptions>(configuration.GetSection("Graph:Imports"));
        services.AddSingleton<ImportQueue>();
        services.AddHostedService<ImportWorker>();
        return services;
    }

    /// <summary>The wire form of a job, its file names relative to the upload.</summary>
    public static ImportStatus ToStatus(this ImportJob job)
    {
        var counts = job.Result?.Counts ?? job.Run?.Progress ?? ImportProgress.None;
        var refusals = job.Result?.Refusals ?? job.Run?.Refusals ?? [];
        var progress = job.State == "completed" ? 1 : counts.Fraction;
        return new ImportStatus(job.Id, job.State, job.Files, progress, counts.Read, counts.Stored, counts.AlreadyStored,
            counts.Refused, counts.Skipped, counts.CurrentFile is { } file ? Relative(job, file) : null,
            [.. refusals.Select(r => new ImportRefusalDto(Relative(job, r.File), r.Place, r.Reason))], job.Error);
    }

    private static string Relative(ImportJob job, string file) =>
        file.StartsWith(job.Folder, StringComparison.Ordinal) ? file[job.Folder.Length..].TrimStart('/', '\\') : file;
}
