using Deepnote.IntegrationTests.Infrastructure;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Weasel.Core;

namespace Deepnote.IntegrationTests.EventStore;

/// <summary>Marten's tables are created by the product's migrations, never at run time (AutoCreate.None). This
/// holds the migrations and the configured store together: after a Marten upgrade or a change of its options,
/// it fails with the SQL of the difference, which becomes the next migration.</summary>
public sealed class MartenSchemaTests(EventStoreFixture fixture) : IClassFixture<EventStoreFixture>
{
    [Fact]
    public async Task TheMigratedDatabase_HoldsExactlyTheSchemaTheConfiguredStoreExpects()
    {
        var store = fixture.Services.GetRequiredService<IDocumentStore>();

        var migration = await store.Storage.Database.CreateMigrationAsync(default);

        Assert.True(migration.Difference == SchemaPatchDifference.None,
            "Marten's schema differs from the migrations; add a migration with:\n" + Describe(migration));
    }

    private static string Describe(SchemaMigration migration)
    {
        var writer = new StringWriter();
        migration.WriteAllUpdates(writer, new Weasel.Postgresql.PostgresqlMigrator(), AutoCreate.CreateOrUpdate);
        return writer.ToString();
    }
}
