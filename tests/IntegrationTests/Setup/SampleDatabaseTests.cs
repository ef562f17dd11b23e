using Deepnote.Api.Hosting;

namespace Deepnote.IntegrationTests.Setup;

/// <summary>DEEPNOTE_DEMO_DATABASE: read whole or refused at start, and its password never printed.</summary>
public sealed class SampleDatabaseTests
{
    [Fact]
    public void AConnectionString_BecomesAPostgresConnection_AndItsEndpoint()
    {
        var sample = SampleDatabase.Parse("Host=127.0.0.1;Port=54339;Database=deepnote_sample;Username=sample_reader;Password=s3cret-value");

        Assert.NotNull(sample);
        Assert.Equal("127.0.0.1", sample.Settings.Host);
        Assert.Equal(54339, sample.Settings.Port);
        Assert.Equal("deepnote_sample", sample.Settings.Database);
        Assert.Equal("sample_reader", sample.Settings.Username);
        Assert.Equal("s3cret-value", sample.Password);
        Assert.Equal(System.Net.IPEndPoint.Parse("127.0.0.1:54339"), sample.Endpoint);
        Assert.DoesNotContain("s3cret", sample.ToString());
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Database=d;Username=u")]
    [InlineData("Host=127.0.0.1;Port=0;Database=d;Username=u;Password=p")]
    [InlineData("Host=127.0.0.1;Port=x;Database=d;Username=u;Password=p")]
    [InlineData("Database=d;Username=u;Password=p")]
    public void AnIncompleteOne_StopsTheStart_WithoutEchoingIt(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => SampleDatabase.Parse(value));

        Assert.StartsWith("DEEPNOTE_DEMO_DATABASE must be", error.Message);
        Assert.DoesNotContain("Password=p", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void None_IsNoSample(string? value) => Assert.Null(SampleDatabase.Parse(value));

    [Fact]
    public void AHostName_HasNoEndpointToOpen() =>
        Assert.Null(SampleDatabase.Parse("Host=db.example.com;Database=d;Username=u;Password=p")!.Endpoint);
}
