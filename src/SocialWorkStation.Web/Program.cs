using SocialWorkStation.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSocialWorkStation();

var app = builder.Build();
if (await CliCommands.TryRunAsync(app, args)) return;

await app.PrepareDatabaseAsync();
app.UseSocialWorkStation();
await app.RunAsync();

/// <summary>Entry point; public so tests can start the real host with WebApplicationFactory.</summary>
public partial class Program;
