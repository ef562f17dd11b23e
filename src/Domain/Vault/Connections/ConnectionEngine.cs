namespace Deepnote.Domain.Vault.Connections;

public enum ConnectionEngine
{
    Postgres,
    DuckDb,
}
