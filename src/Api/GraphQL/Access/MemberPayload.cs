using Deepnote.Application.Access.Contracts;

namespace Deepnote.Api.GraphQL.Access;

public sealed record MemberPayload(MemberDto Member, string? InvitationLink);
