using Deepnote.Application.Execution;

namespace Deepnote.Api.GraphQL.Execution;

public sealed record CancelExecutionPayload(bool Cancelled, ExecutionDto? Execution);
