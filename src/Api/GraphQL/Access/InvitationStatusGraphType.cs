using Deepnote.Application.Access.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class InvitationStatusGraphType : EnumerationGraphType<InvitationStatus>
{
    public InvitationStatusGraphType() => Name = "InvitationStatus";
}
