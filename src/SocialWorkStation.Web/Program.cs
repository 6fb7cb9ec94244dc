using SocialWorkStation.Web.Hosting;

var builder = WebApplication.CreateBuilder(AppDirectory.Options(args));
builder.AddSocialWorkStation();

var app = builder.Build();
if (await CliCommands.TryRunAsync(app, args)) return;
if (AppDirectory.MissingPageFiles(app.Environment) is { } missing)
{
    app.Logger.LogCritical("{Problem}", missing);
    Environment.ExitCode = 1;
    return;
}

await app.PrepareDatabaseAsync();
app.UseSocialWorkStation();
await app.RunAsync();

/// <summary>Entry point; public so tests can start the real host with WebApplicationFactory.</summary>
public partial class Program;
