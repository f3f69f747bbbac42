using System.Text.Json;
using System.Text.Json.Serialization;
using GovSearch.Querying;

namespace GovSearch.Cli.Eval;

/// <summary>Reads a <see cref="SearchOptions"/> configuration for <c>govsearch eval --options FILE</c>: a JSON object of option names in camelCase, such as <c>{"titleBoost": 3, "defaultOperator": "and"}</c>.</summary>
internal static class SearchOptionsFile
{
    private static readonly JsonSerializerOptions Reading = new(Json.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a JSON object of known options; the message names the file.</exception>
    /// <exception cref="ArgumentException">An option is out of range; the message names the file and the option.</exception>
    public static SearchOptions Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The options file '{path}' does not exist.", path);
        }

        SearchOptions? options;
        try
        {
            options = JsonSerializer.Deserialize<SearchOptions>(File.ReadAllText(path), Reading);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a JSON object of search options ({e.Message})", e);
        }

        if (options is null)
        {
            throw new InvalidDataException($"{path}: not a JSON object of search options (found null).");
        }

        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{path}: {UserMessages.Setting(e)}", e);
        }

        return options;
    }
}
