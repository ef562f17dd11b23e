using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Deepnote.Domain.Vault.Connections.Events;

namespace Deepnote.UnitTests.Domain.Vault;

/// <summary>A connection's shared password never follows it to another server or database.</summary>
public sealed class ConnectionMoveTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-12-02T10:00:00Z");
    private static readonly SealedCredential Old = new(Guid.NewGuid(), "old");

    private static Connection Postgres(SealedCredential? password) => Connection.Create(ConnectionId.New(),
        new WorkspaceId(Guid.NewGuid()), "Warehouse",
        new ConnectionSettings(ConnectionEngine.Postgres, "db.example.com", 5432, "sales", "reader", SslMode.VerifyFull),
        password, new UserId(Guid.NewGuid()), Now);

    [Theory]
    [InlineData("other.example.com", 5432, "sales")]
    [InlineData("db.example.com", 6432, "sales")]
    [InlineData("db.example.com", 5432, "hr")]
    public void MovingElsewhere_WithoutTheNewPassword_IsRefused(string host, int port, string database)
    {
        var connection = Postgres(Old);

        Assert.Throws<PasswordMustBeReenteredException>(() =>
            connection.Move(host, port, database, SslMode.VerifyFull, null, Now));
        Assert.Equal("db.example.com", connection.Settings.Host);
    }

    [Fact]
    public void MovingElsewhere_WithIt_ChangesTheTarget_AndSupersedesTheOldSecret()
    {
        var connection = Postgres(Old);
        var fresh = new SealedCredential(Guid.NewGuid(), "new");

        var (moved, superseded) = connection.Move("other.example.com", 5433, "hr", SslMode.Require, fresh, Now);

        Assert.True(moved);
        Assert.Equal(Old.SecretId, superseded);
        Assert.Equal(new ConnectionSettings(ConnectionEngine.Postgres, "other.example.com", 5433, "hr", "reader", SslMode.Require),
            connection.Settings);
        Assert.Equal(fresh, connection.Password);
        Assert.IsType<ConnectionMoved>(connection.PendingEvents[^1]);
    }

    [Fact]
    public void OnlyTheTlsMode_OrAConnectionWithoutASharedPassword_MovesWithoutOne_AndNothingNewIsNoEvent()
    {
        var withPassword = Postgres(Old);
        var without = Postgres(null);

        Assert.Equal((true, null), withPassword.Move("db.example.com", 5432, "sales", SslMode.Require, null, Now));
        Assert.Equal((true, null), without.Move("other.example.com", 5432, "hr", SslMode.VerifyFull, null, Now));
        withPassword.MarkCommitted();
        Assert.Equal((false, null), withPassword.Move("db.example.com", 5432, "sales", SslMode.Require, null, Now));
        Assert.Empty(withPassword.PendingEvents);
    }
}
