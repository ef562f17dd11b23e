namespace Deepnote.Application.Abstractions;

public enum ActorKind
{
    Anonymous,
    User,
    System,
}
