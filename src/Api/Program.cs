using Deepnote.Api.Hosting;

var settings = DeepnoteSettings.FromEnvironment();
var app = DeepnoteHost.Build(settings, args);
await StartupTasks.RunAsync(app, settings, CancellationToken.None);
await app.RunAsync();
