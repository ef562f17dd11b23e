using Deepnote.Api.Hosting;

var settings = DeepnoteSettings.FromEnvironment();
var app = DeepnoteHost.Build(settings, args);
if (args is ["rebuild-projections", ..])
{
    Environment.ExitCode = await ProjectionRebuild.RunAsync(app, Console.Out, CancellationToken.None);
    return;
}

if (args is ["erase-address", var email])
{
    Environment.ExitCode = await AddressErasure.RunAsync(app, email, Console.Out, CancellationToken.None);
    return;
}

await StartupTasks.RunAsync(app, settings, CancellationToken.None);
await app.RunAsync();
