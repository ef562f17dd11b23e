using Deepnote.Application.Vault.Ports;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.FindFilesNamedIn;

internal sealed class FindFilesNamedInQueryHandler(IFileVault files) : IQueryHandler<FindFilesNamedInQuery, IReadOnlyList<FileDto>>
{
    public async ValueTask<IReadOnlyList<FileDto>> Handle(FindFilesNamedInQuery query, CancellationToken ct)
    {
        var named = new List<FileDto>();
        long offset = 0;
        while (named.Count < query.Max)
        {
            var page = await files.ListAsync(query.WorkspaceId, 500, offset, ct);
            named.AddRange(page.Items.Select(i => i.Node)
                .Where(f => query.Sql.Contains('"' + f.Name.Replace("\"", "\"\"", StringComparison.Ordinal) + '"',
                    StringComparison.OrdinalIgnoreCase)));
            if (!page.HasNextPage) break;
            offset += 500;
        }

        return named.OrderByDescending(f => f.UploadedAt).DistinctBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .Take(query.Max).ToList();
    }
}
