using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Ports;

/// <summary>Whose an API token is and where it acts: what decides who may revoke it.</summary>
public sealed record ApiTokenFacts(WorkspaceId Workspace, UserId Owner);
