using Deepnote.Application.Abstractions;
using Deepnote.Application.Vault.Ports;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.OpenQueryFiles;

internal sealed class OpenQueryFilesQueryHandler(IFileVault vault, IMemoryFiles memoryFiles)
    : IQueryHandler<OpenQueryFilesQuery, OpenedQueryFiles>
{
    public async ValueTask<OpenedQueryFiles> Handle(OpenQueryFilesQuery query, CancellationToken ct)
    {
        var opened = new List<IMemoryFile>();
        var files = new List<QueryFile>();
        try
        {
            foreach (var file in query.Files)
            {
                if (Format(file.Name) is not { } format) continue;
                var memory = memoryFiles.Create(file.Id.ToString());
                opened.Add(memory);
                await vault.CopyToAsync(query.WorkspaceId, file.Id, memory.Content, ct);
                await memory.Content.FlushAsync(ct);
                files.Add(new QueryFile(file.Name, format, memory.Path));
            }

            return new OpenedQueryFiles(files, opened);
        }
        catch
        {
            opened.ForEach(f => f.Dispose());
            throw;
        }
    }

    /// <summary>What uploads accept: <c>.csv</c>, <c>.parquet</c> and DuckDB databases, nothing else.</summary>
    private static string? Format(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".csv" => "csv",
        ".parquet" => "parquet",
        ".duckdb" => "duckdb",
        _ => null,
    };
}
