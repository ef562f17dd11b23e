using System.Globalization;
using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Audit.Events.ExportAuditLog;
using Deepnote.Application.Audit.Events.GetAuditEvents;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Microsoft.Net.Http.Headers;

namespace Deepnote.Api.Audit;

/// <summary><c>GET /audit/export?workspaceId=&amp;from=&amp;to=&amp;types=A,B&amp;actorId=&amp;streamId=&amp;format=jsonl|csv</c>: the workspace's
/// audit log streamed to an ADMIN or AUDITOR (cookie or bearer token), through the mediator pipeline like GraphQL.
/// At most <see cref="MaxConcurrent"/> exports run at once on a node; more are refused, not queued.</summary>
public static class AuditExportEndpoints
{
    public const int MaxConcurrent = 4;
    private static readonly SemaphoreSlim Running = new(MaxConcurrent, MaxConcurrent);

    public static void MapAuditExportEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/audit/export", ExportAsync);

    private static async Task ExportAsync(HttpContext context, ISender sender)
    {
        var query = context.Request.Query;
        if (!Guid.TryParse(query["workspaceId"], out var workspace))
        {
            await GraphQLErrors.WriteInvalidFieldAsync(context, "workspaceId", "workspaceId is required.");
            return;
        }

        if (!TryTime(query["from"], out var from))
        {
            await GraphQLErrors.WriteInvalidFieldAsync(context, "from", "from must be an ISO 8601 time (UTC unless it has an offset).");
            return;
        }

        if (!TryTime(query["to"], out var to))
        {
            await GraphQLErrors.WriteInvalidFieldAsync(context, "to", "to must be an ISO 8601 time (UTC unless it has an offset).");
            return;
        }

        Guid? actorId = null, streamId = null;
        foreach (var (name, set) in new (string, Action<Guid>)[] { ("actorId", g => actorId = g), ("streamId", g => streamId = g) })
        {
            if (query[name].ToString() is not { Length: > 0 } text) continue;
            if (!Guid.TryParse(text, out var id))
            {
                await GraphQLErrors.WriteInvalidFieldAsync(context, name, $"{name} must be an id.");
                return;
            }

            set(id);
        }

        var types = query["types"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var format = query["format"].ToString() is { Length: > 0 } f ? f : "jsonl";
        // Who may export is settled before the node's export slots: a stranger learns nothing from a busy node.
        var mayExport = false;
        await GraphQLErrors.RespondAsync(context, async () =>
        {
            await sender.Send(new GetAuditEventsQuery(new WorkspaceId(workspace), AuditFilter.None, 1, null), context.RequestAborted);
            mayExport = true;
        });
        if (!mayExport) return;
        if (!await Running.WaitAsync(0, context.RequestAborted))
        {
            await GraphQLErrors.WriteAsync(context, StatusCodes.Status429TooManyRequests, ErrorCodes.LimitExceeded,
                "Too many audit exports are running; try again in a minute.");
            return;
        }

        try
        {
            await GraphQLErrors.RespondAsync(context, async () =>
            {
                var export = await sender.Send(new ExportAuditLogCommand(new WorkspaceId(workspace), from, to,
                    types.Length > 0 ? types : null, format, actorId, streamId), context.RequestAborted);
                context.Response.ContentType = format == "csv" ? "text/csv; charset=utf-8" : "application/jsonl; charset=utf-8";
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
                {
                    FileNameStar = $"audit-{workspace:D}-{export.ExportedAt.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}.{format}",
                }.ToString();
                var writer = new AuditExportWriter(context.Response.Body);
                if (format == "csv") await writer.WriteCsvAsync(export, context.RequestAborted);
                else await writer.WriteJsonLinesAsync(export, context.RequestAborted);
            });
        }
        finally
        {
            Running.Release();
        }
    }

    private static bool TryTime(string? text, out DateTimeOffset? time)
    {
        time = null;
        if (string.IsNullOrEmpty(text)) return true;
        // Without an offset a time is read as UTC, never as the server's local time.
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)) return false;
        time = parsed;
        return true;
    }
}
