using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Vault.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class KeyRotationGraphType : ObjectGraphType<KeyRotationDto>
{
    public KeyRotationGraphType()
    {
        Name = "KeyRotation";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(r => r.Status).Description("QUEUED, RUNNING, SUCCEEDED or FAILED.");
        Field(r => r.FromVersion);
        Field(r => r.ToVersion);
        Field<NonNullGraphType<IntGraphType>>("total").Resolve(c => (int)c.Source.Total);
        Field<NonNullGraphType<IntGraphType>>("done").Resolve(c => (int)c.Source.Done);
        Field<NonNullGraphType<DateTimeScalar>>("startedAt").Resolve(c => c.Source.StartedAt);
        Field<DateTimeScalar>("finishedAt").Resolve(c => c.Source.FinishedAt);
        Field(r => r.Error, nullable: true);
    }
}
