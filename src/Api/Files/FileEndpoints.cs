using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Vault.Files.DownloadFile;
using Deepnote.Application.Vault.Files.UploadFile;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Deepnote.Api.Files;

/// <summary><c>POST /files?workspaceId=</c> (multipart, one part "file", streamed into the encrypted store) and
/// <c>GET /files/{id}</c> (streamed back, decrypted). Both go through the mediator pipeline like GraphQL does.</summary>
public static class FileEndpoints
{
    public static void MapFileEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/files", UploadAsync);
        endpoints.MapGet("/files/{id}", DownloadAsync);
    }

    private static async Task UploadAsync(HttpContext context, ISender sender)
    {
        context.Features.Get<IHttpMaxRequestBodySizeFeature>()!.MaxRequestBodySize = UploadFileCommand.MaxBytes + 1024 * 1024;
        if (!Guid.TryParse(context.Request.Query["workspaceId"], out var workspace))
        {
            await GraphQLErrors.WriteAsync(context, 400, ErrorCodes.ValidationFailed, "workspaceId is required.");
            return;
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            await GraphQLErrors.WriteAsync(context, 415, ErrorCodes.ValidationFailed, "Send multipart/form-data with a part named \"file\".");
            return;
        }

        var reader = new MultipartReader(boundary, context.Request.Body);
        while (await reader.ReadNextSectionAsync(context.RequestAborted) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || disposition.Name.Value != "file" || !disposition.FileName.HasValue)
            {
                continue;
            }

            var name = Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "");
            await GraphQLErrors.RespondAsync(context, async () =>
            {
                var file = await sender.Send(new UploadFileCommand(new WorkspaceId(workspace), name,
                    section.ContentType ?? "application/octet-stream", section.Body), context.RequestAborted);
                context.Response.StatusCode = StatusCodes.Status201Created;
                await context.Response.WriteAsJsonAsync(new
                {
                    id = file.Id.Value, name = file.Name, contentType = file.ContentType, size = file.Size,
                    uploadedAt = file.UploadedAt,
                });
            });
            return;
        }

        await GraphQLErrors.WriteAsync(context, 400, ErrorCodes.ValidationFailed, "No part named \"file\" was sent.");
    }

    private static async Task DownloadAsync(HttpContext context, ISender sender, string id)
    {
        if (!Guid.TryParse(id, out var fileId))
        {
            await GraphQLErrors.WriteAsync(context, 404, ErrorCodes.NotFound, "No such file.");
            return;
        }

        await GraphQLErrors.RespondAsync(context, () => sender.Send(new DownloadFileQuery(new FileId(fileId), context.Response.Body, file =>
        {
            context.Response.ContentType = file.ContentType;
            context.Response.ContentLength = file.Size;
            context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
            {
                FileNameStar = file.Name,
            }.ToString();
            context.Response.Headers.CacheControl = "no-store";
        }), context.RequestAborted).AsTask());
    }
}
