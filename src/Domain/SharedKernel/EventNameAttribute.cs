namespace Deepnote.Domain.SharedKernel;

/// <summary>The name an event is stored under, for ever: the log is immutable, so a stored event is read back by this
/// name whatever its class is called by then. A class may be renamed; its name may not change.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
