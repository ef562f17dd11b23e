namespace Deepnote.Application.Common.Authorization;

/// <summary>The signed-in person acting for their whole account (their sessions, password, workspaces, invitations):
/// an API token, which acts in its one workspace only, is refused.</summary>
public sealed record PersonRequirement : AccessRequirement;
