using System.Collections.Frozen;
using System.Reflection;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>Event types by their stored name (<see cref="EventNameAttribute"/>) and back. Built once; a type without
/// a name, or two types with one name, stop the host from starting rather than write an event nobody can read back.</summary>
public sealed class EventTypeRegistry
{
    private readonly FrozenDictionary<string, Type> _types;
    private readonly FrozenDictionary<Type, string> _names;

    private EventTypeRegistry(IReadOnlyDictionary<string, Type> types)
    {
        _types = types.ToFrozenDictionary();
        _names = types.ToFrozenDictionary(p => p.Value, p => p.Key);
    }

    public static EventTypeRegistry For(IEnumerable<Type> eventTypes)
    {
        var types = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in eventTypes)
        {
            var name = type.GetCustomAttribute<EventNameAttribute>()?.Name
                ?? throw new InvalidOperationException($"Event type {type.FullName} has no [EventName]: give it the name it is stored under.");
            if (!types.TryAdd(name, type))
            {
                throw new InvalidOperationException($"Event types {types[name].FullName} and {type.FullName} share the name '{name}'.");
            }
        }

        return new EventTypeRegistry(types);
    }

    /// <summary>Every concrete <see cref="IDomainEvent"/> of <paramref name="assembly"/>.</summary>
    public static EventTypeRegistry Of(Assembly assembly) => For(assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDomainEvent).IsAssignableFrom(t)));

    public IReadOnlyCollection<string> Names => _types.Keys;

    public string NameOf(Type type) => _names.TryGetValue(type, out var name)
        ? name
        : throw new InvalidOperationException($"{type.FullName} is not a known event type.");

    public Type? TypeOf(string name) => _types.GetValueOrDefault(name);
}
