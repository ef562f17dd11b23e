namespace Deepnote.Worker.Protocol;

/// <summary>The kinds of frame on a worker's standard input and output.</summary>
public enum FrameKind : byte
{
    /// <summary>API to worker: one <see cref="RunRequest"/> (JSON).</summary>
    Run = (byte)'R',

    /// <summary>API to worker: a chunk of the current input file; an empty chunk ends the file.</summary>
    FileChunk = (byte)'F',

    /// <summary>API to worker: stop the current run.</summary>
    Cancel = (byte)'C',

    /// <summary>API to worker: one <see cref="ProbeRequest"/> (JSON).</summary>
    Probe = (byte)'P',

    /// <summary>Worker to API: its <see cref="SandboxReport"/> (JSON), once, when it starts.</summary>
    Hello = (byte)'H',

    /// <summary>Worker to API: a chunk of the result's Arrow IPC stream.</summary>
    Arrow = (byte)'A',

    /// <summary>Worker to API: the run's <see cref="RunSummary"/> (JSON); the run is over.</summary>
    Done = (byte)'D',

    /// <summary>Worker to API: the run's <see cref="RunFailure"/> (JSON); the run is over.</summary>
    Failed = (byte)'X',
}
