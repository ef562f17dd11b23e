using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Vault.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class FileGraphType : ObjectGraphType<FileDto>
{
    public FileGraphType()
    {
        Name = "File";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.Value);
        Field(f => f.Name);
        Field(f => f.ContentType);
        Field<NonNullGraphType<LongGraphType>>("size").Resolve(c => c.Source.Size);
        Field<NonNullGraphType<DateTimeScalar>>("uploadedAt").Resolve(c => c.Source.UploadedAt);
    }
}
