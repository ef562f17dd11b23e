using Deepnote.Application.Access.Projects;

namespace Deepnote.Api.GraphQL.Access;

public sealed record InviteGuestPayload(ProjectDto Project, string? InvitationLink);
