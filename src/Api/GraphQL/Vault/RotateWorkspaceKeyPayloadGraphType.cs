using Deepnote.Application.Vault.Contracts;
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
