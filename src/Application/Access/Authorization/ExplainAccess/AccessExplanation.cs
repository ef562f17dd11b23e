using Deepnote.Domain.Access;

namespace Deepnote.Application.Access.Authorization.ExplainAccess;

/// <param name="Layer">ROLE, GRANT or PROJECT: the layer that decided.</param>
public sealed record AccessExplanation(bool Allowed, string Layer, string Reason, WorkspaceRole? Role,
    ProjectAccess? ProjectAccess);
