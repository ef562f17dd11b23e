using Deepnote.Api.GraphQL.Common;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Identity;

public sealed class SessionGraphType : ObjectGraphType<Application.Identity.Ports.SessionDto>
{
    public SessionGraphType()
    {
        Name = "Session";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DateTimeScalar>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeScalar>>("lastSeenAt").Resolve(c => c.Source.LastSeenAt);
        Field<NonNullGraphType<DateTimeScalar>>("expiresAt").Resolve(c => c.Source.ExpiresAt);
        Field(s => s.IpAddress, nullable: true);
        Field(s => s.UserAgent, nullable: true);
        Field(s => s.Current).Description("This browser's session.");
    }
}
