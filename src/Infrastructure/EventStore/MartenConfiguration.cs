using System.Text.Json;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;
using Weasel.Core;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>How the product uses Marten (docs/decisions/002-event-store.md): its event tables in the public schema,
/// created by the product's migrations (never at run time), Rich append so that sequences are known before the
/// chain is hashed, events stored under their [EventName] with the product's JSON, no retries of a write that
/// may already have joined the caller's transaction, and the async projections for Marten's daemon.</summary>
public static class MartenConfiguration
{
    public static DocumentStore CreateStore(NpgsqlDataSource dataSource) => new(Options(dataSource, []));

    public static StoreOptions Options(NpgsqlDataSource dataSource, IEnumerable<IAsyncProjection> asyncProjections)
    {
        var options = new StoreOptions();
        options.Connection(dataSource);
        options.AutoCreateSchemaObjects = AutoCreate.None;
        options.Events.AppendMode = EventAppendMode.Rich;
        options.UseSystemTextJsonForSerialization(new JsonSerializerOptions(EventSerializer.Options),
            EnumStorage.AsString, Casing.CamelCase);
        foreach (var name in EventSerializer.Types.Names) options.Events.MapEventType(EventSerializer.Types.TypeOf(name)!, name);
        options.ConfigureWritePolly(_ => { });
        options.Listeners.Add(new ChainListener(options.Serializer())); // the serializer Marten stores events with
        foreach (var projection in asyncProjections)
        {
            options.Projections.Add(new MartenAsyncProjection(projection), ProjectionLifecycle.Async, projection.Name,
                async => { foreach (var table in projection.Tables) async.DeleteDataInTableOnTeardown("public." + table); });
        }

        return options;
    }
}
