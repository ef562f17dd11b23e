namespace Deepnote.Worker.Protocol;

/// <summary>Why a run failed: a class the API records (<see cref="ErrorClasses"/>), a code (a SQLSTATE, TIMEOUT, …)
/// and a message fit to show the person who ran it.</summary>
public sealed record RunFailure(string ErrorClass, string Code, string Message);
