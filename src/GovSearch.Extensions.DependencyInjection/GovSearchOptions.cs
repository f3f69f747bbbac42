using System.Globalization;

namespace GovSearch.Extensions.DependencyInjection;

/// <summary>
/// One index registered with <c>services.AddGovSearch(...)</c>, set in code or bound from configuration, such as the
/// section <c>"GovSearch": { "Path": "data/laws-index", "ReadOnly": true, "SlowQueryThreshold": "00:00:00.250" }</c>
/// of <c>appsettings.json</c>.
/// </summary>
public sealed record GovSearchOptions
{
    /// <summary>The index folder; a relative path is taken from the host's content root (the process's current folder without a host). Required; no default.</summary>
    public string? Path { get; set; }

    /// <summary>Open for searching only: no lock is taken, and writes throw. Default: <see langword="false"/> (read-write:
    /// the process holds the folder's write lock until the host stops).</summary>
    public bool ReadOnly { get; set; }

    /// <summary>Create an empty index when the folder does not exist or is empty (read-write only). Default:
    /// <see langword="false"/>: a missing index fails when the index is first asked for, and the health check says so.</summary>
    public bool CreateIfMissing { get; set; }

    /// <summary>Searches and suggestion calls at least this long are logged as warnings: zero to one hour. Default: 1 second.</summary>
    public TimeSpan SlowQueryThreshold { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range; the message names it (as in configuration) and the allowed values.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            throw new ArgumentException("GovSearchOptions.Path is not set; give the index folder (in appsettings.json: \"GovSearch\": { \"Path\": \"...\" }).", nameof(Path));
        }

        if (ReadOnly && CreateIfMissing)
        {
            throw new ArgumentException("GovSearchOptions.CreateIfMissing is true while ReadOnly is true; a read-only index cannot be created. Set one of them to false.", nameof(CreateIfMissing));
        }

        if (SlowQueryThreshold < TimeSpan.Zero || SlowQueryThreshold > TimeSpan.FromHours(1))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"GovSearchOptions.SlowQueryThreshold is {SlowQueryThreshold}; it must be between 00:00:00 and 01:00:00."), nameof(SlowQueryThreshold));
        }
    }
}
