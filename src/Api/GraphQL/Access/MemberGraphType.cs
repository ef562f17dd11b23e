using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class MemberGraphType : ObjectGraphType<MemberDto>
{
    public MemberGraphType()
    {
        Name = "Member";
        Field<NonNullGraphType<IdGraphType>>("userId").Resolve(c => c.Source.UserId.Value);
        Field(m => m.Email);
        Field<NonNullGraphType<WorkspaceRoleGraphType>>("role").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<DateTimeScalar>>("joinedAt").Resolve(c => c.Source.JoinedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("connectionGrants")
            .Description("The connections this member may use (filled for ADMIN viewers only).")
            .Resolve(c => c.Source.ConnectionGrants.Select(g => g.Value));
    }
}
