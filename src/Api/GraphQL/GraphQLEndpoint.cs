using System.Text.Json;
using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Behaviors;
using global::GraphQL;
using global::GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Deepnote.Api.GraphQL;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP specification): <c>POST /graphql</c> with <c>application/json</c>,
/// <c>GET /graphql?query=</c> for queries only. With <c>Accept: application/graphql-response+json</c> the response
/// has that type and a request that fails before execution answers 4xx; with <c>application/json</c> it answers 200
/// whenever a GraphQL response is produced.
/// </summary>
public static class GraphQLEndpoint
{
    public const string GraphQLResponseMediaType = "application/graphql-response+json";
    private const int MaxBodyBytes = 256 * 1024;
    private const int MaxQueryLength = 32 * 1024;

    public static void MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/graphql", HandlePostAsync);
        endpoints.MapGet("/graphql", HandleGetAsync);
    }

    private static async Task HandlePostAsync(HttpContext context)
    {
        if (!(context.Request.ContentType ?? "").StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            await GraphQLErrors.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, ErrorCodes.ValidationFailed,
                "POST /graphql takes Content-Type: application/json.");
            return;
        }

        GraphQLRequestBody? body;
        try
        {
            if (context.Request.ContentLength > MaxBodyBytes) throw new JsonException("too large");
            body = await JsonSerializer.DeserializeAsync<GraphQLRequestBody>(
                new LimitedStream(context.Request.Body, MaxBodyBytes), JsonOptions, context.RequestAborted);
        }
        catch (JsonException)
        {
            await GraphQLErrors.WriteAsync(context, StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed,
                $"The body must be a JSON object {{ query, variables, operationName }} of at most {MaxBodyBytes} bytes.");
            return;
        }

        await ExecuteAsync(context, body, allowMutations: true);
    }

    private static async Task HandleGetAsync(HttpContext context)
    {
        Dictionary<string, JsonElement>? variables = null;
        var rawVariables = context.Request.Query["variables"].ToString();
        if (rawVariables.Length > 0)
        {
            try
            {
                variables = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(rawVariables, JsonOptions);
            }
            catch (JsonException)
            {
                await GraphQLErrors.WriteAsync(context, StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed,
                    "The variables parameter must be a JSON object.");
                return;
            }
        }

        var body = new GraphQLRequestBody(context.Request.Query["query"].ToString(), variables,
            context.Request.Query["operationName"].ToString() is { Length: > 0 } name ? name : null);
        await ExecuteAsync(context, body, allowMutations: false);
    }

    private static async Task ExecuteAsync(HttpContext context, GraphQLRequestBody? body, bool allowMutations)
    {
        var strict = AcceptsGraphQLResponse(context.Request);
        if (body is null || string.IsNullOrWhiteSpace(body.Query) || body.Query.Length > MaxQueryLength)
        {
            await GraphQLErrors.WriteAsync(context, StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed,
                $"A query of at most {MaxQueryLength} characters is required.");
            return;
        }

        if (!allowMutations && SelectedOperation(body.Query, body.OperationName) is OperationType.Mutation
                or OperationType.Subscription)
        {
            context.Response.Headers.Allow = "POST";
            await GraphQLErrors.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, ErrorCodes.ValidationFailed,
                "Mutations are only accepted over POST.");
            return;
        }

        if (UnstorableText(body) is { } field)
        {
            await GraphQLErrors.WriteInvalidFieldAsync(context, field, Application.Common.Validation.StoredText.Message);
            return;
        }

        var introspects = Introspection.Requested(body.Query);
        if (introspects && context.RequestServices.GetRequiredService<Security.CurrentActor>().UserId is null)
        {
            await GraphQLErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated,
                "Sign in to read the schema.");
            return;
        }

        if (RowsSelections.Problem(body.Query) is { } tooManyRows)
        {
            await GraphQLErrors.WriteAsync(context, StatusCodes.Status400BadRequest, ErrorCodes.LimitExceeded, tooManyRows);
            return;
        }

        if (introspects && Introspection.Problem(body.Query) is { } tooMuch)
        {
            await GraphQLErrors.WriteAsync(context, StatusCodes.Status400BadRequest, ErrorCodes.LimitExceeded, tooMuch);
            return;
        }

        var denials = context.RequestServices.GetRequiredService<DenialLog>();
        denials.BeginRequest();
        var executer = context.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(options =>
            {
                options.Query = body.Query;
                options.OperationName = body.OperationName;
                options.Variables = body.Variables is null
                    ? null
                    : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(body.Variables));
                options.RequestServices = context.RequestServices;
                options.UserContext = new GraphQLUserContext(context);
                options.CancellationToken = context.RequestAborted;
            });
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client left: nobody reads an answer, but what it tried is still put on record.
            await FlushOrLogAsync(denials, context);
            throw;
        }

        if (!await FlushOrLogAsync(denials, context))
        {
            // Fail closed: an attempt that cannot be put on record gets no answer either (nor a cookie).
            context.Response.Headers.Remove("Set-Cookie");
            await GraphQLErrors.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, ErrorCodes.Unavailable,
                "The audit log is unavailable; try again later.");
            return;
        }

        if (introspects)
        {
            // Rendered first, so that an answer over the cap is refused rather than cut off.
            using var buffer = new MemoryStream();
            await serializer.WriteAsync(buffer, result, context.RequestAborted);
            if (buffer.Length > Introspection.MaxResponseBytes)
            {
                await GraphQLErrors.WriteAsync(context, StatusCodes.Status400BadRequest, ErrorCodes.LimitExceeded,
                    $"The schema answer would exceed {Introspection.MaxResponseBytes / (1024 * 1024)} MiB; ask for less.");
                return;
            }

            WriteHead(context, strict, result);
            buffer.Position = 0;
            await buffer.CopyToAsync(context.Response.Body, context.RequestAborted);
            return;
        }

        WriteHead(context, strict, result);
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    private static void WriteHead(HttpContext context, bool strict, ExecutionResult result)
    {
        context.Response.ContentType = (strict ? GraphQLResponseMediaType : "application/json") + "; charset=utf-8";
        context.Response.StatusCode = strict && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    /// <summary>Writes the request's denials whatever happened to the request (a client leaving does not erase them);
    /// false when they could not be written.</summary>
    private static async Task<bool> FlushOrLogAsync(DenialLog denials, HttpContext context)
    {
        try
        {
            await denials.FlushAsync(CancellationToken.None);
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLEndpoint))
                .LogError(ex, "Recording the request's denials failed; the response was refused");
            return false;
        }
    }

    /// <summary>The type of the operation that would run, or null if the document does not parse (execution then
    /// reports the syntax error).</summary>
    /// <summary>The first variable holding a string that cannot even become text (an escaped unpaired surrogate), or
    /// null. Other unstorable text (NUL) reaches the request, whose validation refuses it (and a sign-in counts it).</summary>
    private static string? UnstorableText(GraphQLRequestBody body)
    {
        var query = body.Query ?? "";
        if (query.Any(char.IsSurrogate) && !Application.Common.Validation.StoredText.IsStorable(query.Replace('\0', ' ')))
        {
            return "query";
        }

        foreach (var (name, value) in body.Variables ?? [])
        {
            if (!Storable(value)) return name;
        }

        return null;
    }

    private static bool Storable(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                try
                {
                    value.GetString();
                    return true;
                }
                catch (InvalidOperationException)
                {
                    return false;
                }

            case JsonValueKind.Object:
                return value.EnumerateObject().All(p => Storable(p.Value));
            case JsonValueKind.Array:
                return value.EnumerateArray().All(Storable);
            default:
                return true;
        }
    }

    private static OperationType? SelectedOperation(string query, string? operationName)
    {
        try
        {
            var operations = Parser.Parse(query).Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var selected = operationName is null
                ? operations.Count == 1 ? operations[0] : null
                : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
            return selected?.Operation;
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
    }

    private static bool AcceptsGraphQLResponse(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains(GraphQLResponseMediaType, StringComparison.OrdinalIgnoreCase);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record GraphQLRequestBody(string? Query, Dictionary<string, JsonElement>? Variables,
        string? OperationName);

    /// <summary>Stops reading a request body past a limit, whatever Content-Length said.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer, cancellationToken);
            if ((_read += n) > limit) throw new JsonException("The body is too large.");
            return n;
        }

        public override int Read(byte[] buffer, int offset, int count) =>
            ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
