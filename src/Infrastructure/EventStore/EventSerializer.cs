using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>Turns domain events into JSON and back. An event's type name is its class name, which must be unique
/// across the domain (checked when this type loads).</summary>
public static class EventSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new StronglyTypedIdConverterFactory() },
    };

    private static readonly FrozenDictionary<string, Type> TypesByName = typeof(IDomainEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDomainEvent).IsAssignableFrom(t))
        .ToFrozenDictionary(t => t.Name);

    public static string TypeName(IDomainEvent domainEvent) => domainEvent.GetType().Name;

    public static JsonElement Serialize(IDomainEvent domainEvent) =>
        JsonSerializer.SerializeToElement(domainEvent, domainEvent.GetType(), Options);

    public static IDomainEvent Deserialize(string typeName, string json) =>
        TypesByName.TryGetValue(typeName, out var type)
            ? (IDomainEvent)JsonSerializer.Deserialize(json, type, Options)!
            : throw new InvalidOperationException($"Unknown event type '{typeName}'.");

    public static IReadOnlyCollection<string> KnownTypes => TypesByName.Keys;

    /// <summary>Writes <c>UserId</c>, <c>WorkspaceId</c> and their kin as the bare UUID.</summary>
    private sealed class StronglyTypedIdConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsValueType && typeof(IStronglyTypedId).IsAssignableFrom(typeToConvert);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

        private sealed class Converter<T> : JsonConverter<T>
            where T : struct, IStronglyTypedId
        {
            public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                (T)Activator.CreateInstance(typeof(T), reader.GetGuid())!;

            public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
                writer.WriteStringValue(value.Value);
        }
    }
}
