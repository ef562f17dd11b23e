using System.Text.Json;
using System.Text.Json.Serialization;
using Deepnote.Application.Execution.Running;

namespace Deepnote.Api.GraphQL.Execution;

public sealed class RowsPageConverter : JsonConverter<RowsPage>
{
    public override RowsPage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Rows are output only.");

    public override void Write(Utf8JsonWriter writer, RowsPage value, JsonSerializerOptions options)
    {
        if (value.Json is { } json) writer.WriteRawValue(json, skipInputValidation: true); // written by our own node
        else ResultCodec.WriteRows(writer, value.Rows, value.Offset, value.Limit);
    }
}
