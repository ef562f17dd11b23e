using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Grants.ListConnectionGrants;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Vault.Connections;
using global::GraphQL;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class RotateWorkspaceKeyPayloadGraphType : ObjectGraphType<KeyRotationDto>
{
    public RotateWorkspaceKeyPayloadGraphType()
    {
        Name = "RotateWorkspaceKeyPayload";
        Field<NonNullGraphType<KeyRotationGraphType>>("rotation").Description("The rotation job, with its progress.")
            .Resolve(c => c.Source);
    }
}
