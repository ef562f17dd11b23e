using System.Diagnostics;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Setup;

/// <summary>`./deepnote run` on a fresh checkout (no .data/) with DEEPNOTE_DB: it must not need the private cluster.
/// The script runs for real; only npm and dotnet are stand-ins on PATH that record how they were called.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class RunScriptTests : IDisposable
{
    private readonly string _checkout = Directory.CreateTempSubdirectory("deepnote-fresh-").FullName;

    [Fact]
    public async Task Run_WithDeepnoteDb_OnAFreshCheckout_CreatesTheMasterKeyAndStartsTheApi()
    {
        var tools = FreshCheckout();

        var (exit, output) = await RunAsync(tools, "Host=127.0.0.1;Port=1;Database=elsewhere");

        Assert.True(exit == 0, output);
        var key = Path.Combine(_checkout, ".data", "master.key");
        Assert.True(File.Exists(key), output);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
        Assert.Equal(32, Convert.FromBase64String(File.ReadAllText(key).Trim()).Length);
        var started = File.ReadAllText(Path.Combine(tools, "dotnet.calls"));
        Assert.Contains("run --project src/Api/Api.csproj", started);
        Assert.Contains("DEEPNOTE_DB=Host=127.0.0.1;Port=1;Database=elsewhere", started);
        Assert.False(Directory.Exists(Path.Combine(_checkout, ".data", "postgres")), "no private cluster is made");
        Assert.False(Directory.Exists(Path.Combine(_checkout, ".data", "customers")), "no sample data either");
        Assert.Contains("SAMPLE=none", started);
    }

    private string FreshCheckout()
    {
        File.Copy(ApiFixture.RepositoryPath("deepnote"), Path.Combine(_checkout, "deepnote"));
        Directory.CreateDirectory(Path.Combine(_checkout, "scripts"));
        foreach (var file in Directory.GetFiles(ApiFixture.RepositoryPath("scripts")))
        {
            File.Copy(file, Path.Combine(_checkout, "scripts", Path.GetFileName(file)));
        }

        var web = Directory.CreateDirectory(Path.Combine(_checkout, "src", "Web", "node_modules")).Parent!.FullName;
        File.WriteAllText(Path.Combine(web, "package-lock.json"), "{}");
        File.WriteAllText(Path.Combine(web, "node_modules", ".package-lock.json"), "{}");
        File.SetLastWriteTimeUtc(Path.Combine(web, "package-lock.json"), DateTime.UtcNow.AddHours(-1));

        var tools = Directory.CreateDirectory(Path.Combine(_checkout, "fake-tools")).FullName;
        Tool(tools, "npm", "exit 0");
        Tool(tools, "dotnet", $"echo \"$* DEEPNOTE_DB=$DEEPNOTE_DB SAMPLE=${{DEEPNOTE_DEMO_DATABASE:-none}}\" >> '{tools}/dotnet.calls'");
        return tools;
    }

    private static void Tool(string directory, string name, string body)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, $"#!/bin/sh\n{body}\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private async Task<(int Exit, string Output)> RunAsync(string tools, string database)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(_checkout, "deepnote"), "run"])
        {
            WorkingDirectory = _checkout,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = $"{tools}:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment["DEEPNOTE_DB"] = database;
        start.Environment.Remove("DEEPNOTE_MASTER_KEY_FILE");
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    public void Dispose() => Directory.Delete(_checkout, recursive: true);
}
