using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Authorization.ExplainAccess;

/// <summary>"Why can't Ana run this block?": for an ADMIN, which layer (role, grant, project level) allows or
/// denies <paramref name="Action"/> on a workspace, project or connection for <paramref name="UserId"/>, and why.
/// The answer is the policy's own decision, not a second implementation of it.</summary>
public sealed record ExplainAccessQuery(UserId UserId, Guid ResourceId, string Action) : IQuery<AccessExplanation>,
    IAuthorizedRequest
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["VIEW_PROJECT"] = "project", ["RUN_BLOCK"] = "project", ["EDIT_SQL"] = "project", ["SHARE_PROJECT"] = "project",
        ["USE_CONNECTION"] = "connection", ["VIEW_CONNECTION"] = "connection", ["MANAGE_CONNECTION"] = "connection",
        ["READ_AUDIT_LOG"] = "workspace", ["MANAGE_MEMBERS"] = "workspace", ["CREATE_PROJECT"] = "workspace",
    };

    public AccessRequirement RequiredAccess() => AccessRequirement.AdminOf(ResourceId);
}
