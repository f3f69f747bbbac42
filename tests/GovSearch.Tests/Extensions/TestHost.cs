using System.Text.Json;
using GovSearch.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovSearch.Tests.Extensions;

/// <summary>A real generic host whose content root is a scratch folder holding a real appsettings.json, with its
/// logging going to a <see cref="RecordingLoggerProvider"/>.</summary>
public static class TestHost
{
    /// <summary>Writes appsettings.json into the folder and builds a host that reads it.</summary>
    /// <param name="folder">The content root.</param>
    /// <param name="settings">The settings, written as JSON.</param>
    /// <param name="logs">Receives every log event the configuration lets through.</param>
    /// <param name="configure">Registers services, given the host's configuration.</param>
    public static IHost Build(TempFolder folder, object settings, RecordingLoggerProvider logs, Action<IServiceCollection, IConfiguration> configure)
    {
        File.WriteAllText(folder.File("appsettings.json"), JsonSerializer.Serialize(settings));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = folder.Path,
            EnvironmentName = Environments.Production,
            Args = [],
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        configure(builder.Services, builder.Configuration);
        return builder.Build();
    }
}
