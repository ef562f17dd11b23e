using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Vault.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class WorkspaceKeyGraphType : ObjectGraphType<WorkspaceKeyDto>
{
    public WorkspaceKeyGraphType()
    {
        Name = "WorkspaceKey";
        Field(k => k.Provider);
        Field(k => k.KeyId);
        Field(k => k.Version);
        Field<NonNullGraphType<DateTimeScalar>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field(k => k.Destroyed);
        Field<KeyRotationGraphType>("rotation").Resolve(c => c.Source.Rotation);
    }
}
