namespace Deepnote.Api.GraphQL.Access;

public sealed class AddSqlBlockInput
{
    public string ProjectId { get; set; } = "";

    public string ConnectionId { get; set; } = "";

    public string Sql { get; set; } = "";
}
