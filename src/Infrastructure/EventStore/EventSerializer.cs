using System.Text.Json;
using System.Text.Json.Serialization;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>Turns domain events into JSON and back. An event is stored under its <see cref="EventNameAttribute"/>
/// name, never its class name, so renaming a class leaves the immutable log readable (<see cref="EventTypeRegistry"/>).</summary>
public static class EventSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new StronglyTypedIdConverterFactory() },
    };

    public static readonly EventTypeRegistry Types = EventTypeRegistry.Of(typeof(IDomainEvent).Assembly);

    public static string TypeName(IDomainEvent domainEvent) => Types.NameOf(domainEvent.GetType());

    public static JsonElement Serialize(IDomainEvent domainEvent) =>
        JsonSerializer.SerializeToElement(domainEvent, domainEvent.GetType(), Options);

    public static IDomainEvent Deserialize(string typeName, string json) => Deserialize(Types, typeName, json);

    public static IDomainEvent Deserialize(EventTypeRegistry types, string typeName, string json) =>
        types.TypeOf(typeName) is { } type
            ? (IDomainEvent)JsonSerializer.Deserialize(json, type, Options)!
            : throw new InvalidOperationException($"Unknown event type '{typeName}'.");


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
