using System.Globalization;
using Deepnote.Worker;
using Deepnote.Worker.Engines;
using Deepnote.Worker.Protocol;

// Started by the API inside the sandbox (docs/decisions/013): `Deepnote.Worker.dll <memory MB> <temp MB>`. It speaks
// frames on standard input and output and nothing else; standard error carries no data, only a crash's reason.
var limits = InputLimits.Default;
if (args.Length >= 2)
{
    limits = limits with
    {
        MemoryMegabytes = int.Parse(args[0], CultureInfo.InvariantCulture),
        TempMegabytes = int.Parse(args[1], CultureInfo.InvariantCulture),
    };
}

var channel = new FrameChannel(Console.OpenStandardInput(), Console.OpenStandardOutput());
await new RunLoop(channel, limits).RunAsync();
