namespace Deepnote.Worker.Protocol;

/// <summary>The classes of a failed run, recorded in its event (<c>QueryFailed.ErrorClass</c>).</summary>
public static class ErrorClasses
{
    /// <summary>The query itself: a syntax error, a missing table, a refused write, a result over a limit.</summary>
    public const string Query = "QUERY";

    /// <summary>The statement ran longer than its limit.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>The database could not be reached, refused the credentials, or the egress policy refused it.</summary>
    public const string Connection = "CONNECTION";

    /// <summary>The execution environment: the worker crashed, ran out of memory, or could not be started.</summary>
    public const string Environment = "ENVIRONMENT";
}
