using SocialWorkStation.Benchmarks;

// benchmarks: generate a city (or a tiny one), then measure the Release app against it.
//   generate --provider Sqlite|Postgres --connection "<cs>" --scale city|tiny --out <dir> [--seed 20261126]
//   run      --manifest <dir>/manifest.json --app <SocialWorkStation.Web.dll> --out <results dir> [--runs 3] [--quick]
//            [--load-seconds 60] [--skip scenario,…] [--port N] [--seed N]   (see benchmarks/results/README.md)
var command = args.FirstOrDefault();
var options = Options.Parse(args.Skip(1));
return command switch
{
    "generate" => await GenerateCommand.RunAsync(options),
    "run" => await RunCommand.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: generate --provider Sqlite|Postgres --connection <cs> --scale city|tiny --out <dir> [--seed N]");
    Console.Error.WriteLine("       run --manifest <dir>/manifest.json --app <path to SocialWorkStation.Web.dll> --out <dir> [--runs 3] [--quick]");
    Console.Error.WriteLine("           [--load-seconds 60] [--skip scenario,...] [--port N] [--seed N]");
    return 64;
}

/// <summary>"--name value" pairs and bare "--flag"s.</summary>
public sealed class Options(Dictionary<string, string?> values)
{
    public static Options Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        string? pending = null;
        foreach (var a in args)
        {
            if (a.StartsWith("--")) { if (pending is not null) values[pending] = null; pending = a[2..]; }
            else if (pending is not null) { values[pending] = a; pending = null; }
        }
        if (pending is not null) values[pending] = null;
        return new Options(values);
    }

    public string Required(string name) =>
        values.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v) ? v : throw new ArgumentException($"--{name} is required");
    public string? Get(string name) => values.TryGetValue(name, out var v) ? v : null;
    public bool Flag(string name) => values.ContainsKey(name);
    public int Int(string name, int fallback) => values.TryGetValue(name, out var v) && int.TryParse(v, out var i) ? i : fallback;
}
