using GovSearch.Extensions.DependencyInjection;
using GovSearch;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers GovSearch indexes with .NET's dependency injection.</summary>
/// <remarks>
/// <para>Each call registers one index under a name: the unnamed one is the plain <see cref="GovSearchIndex"/> service,
/// and every one, named or not, is also a keyed service under its name (<c>[FromKeyedServices("laws")] GovSearchIndex laws</c>).
/// Indexes are singletons, opened when first asked for, shared by every registration naming the same folder with the
/// same access, logged through the provider's <c>ILoggerFactory</c>, and closed when the provider (the host) is disposed.</para>
/// <para>Options are validated when the index is opened; a missing <see cref="GovSearchOptions.Path"/> or a bad value
/// throws <see cref="ArgumentException"/> naming it.</para>
/// </remarks>
public static class GovSearchServiceCollectionExtensions
{
    /// <summary>Registers the unnamed index, configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options, at least <see cref="GovSearchOptions.Path"/>.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddGovSearch(this IServiceCollection services, Action<GovSearchOptions> configure) =>
        services.AddGovSearch(Options.Options.DefaultName, configure);

    /// <summary>Registers the unnamed index, bound from a configuration section such as <c>configuration.GetSection("GovSearch")</c>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section whose keys are the properties of <see cref="GovSearchOptions"/>.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddGovSearch(this IServiceCollection services, IConfiguration configuration) =>
        services.AddGovSearch(Options.Options.DefaultName, configuration);

    /// <summary>Registers an index under a name, configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The name; the keyed service's key. Empty for the unnamed index.</param>
    /// <param name="configure">Sets the options, at least <see cref="GovSearchOptions.Path"/>.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddGovSearch(this IServiceCollection services, string name, Action<GovSearchOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<GovSearchOptions>(Checked(services, name)).Configure(configure);
        return Register(services, name);
    }

    /// <summary>Registers an index under a name, bound from a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The name; the keyed service's key. Empty for the unnamed index.</param>
    /// <param name="configuration">The section whose keys are the properties of <see cref="GovSearchOptions"/>.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddGovSearch(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GovSearchOptions>(Checked(services, name)).Bind(configuration);
        return Register(services, name);
    }

    private static string Checked(IServiceCollection services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        return name;
    }

    private static IServiceCollection Register(IServiceCollection services, string name)
    {
        services.TryAddSingleton<GovSearchIndexes>();
        if (name.Length == 0)
        {
            services.TryAddSingleton(provider => provider.GetRequiredService<GovSearchIndexes>().Get(name));
        }

        services.TryAddKeyedSingleton(name, (provider, _) => provider.GetRequiredService<GovSearchIndexes>().Get(name));
        return services;
    }
}
