using GovSearch.AspNetCore;
using GovSearch.AspNetCore.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovSearch.Cli.Verbs;

/// <summary>The web host of <c>govsearch serve</c>: Kestrel with the body limit and no Server header, warnings on
/// standard error, the OpenAPI description at /openapi/v1.json whose schemas follow the JSON the endpoints write, and
/// the GovSearch endpoints and page.</summary>
internal static class ServeHost
{
    /// <summary>The builder, listening on <paramref name="urls"/>; add services before building it.</summary>
    public static WebApplicationBuilder CreateBuilder(string urls, GovSearchEndpointOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "govsearch", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaximumRequestBodyBytes;
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter((category, level) => level >= LogLevel.Warning);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // The description's schemas follow the JSON the endpoints write (camelCase, enums as names, dates as text).
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = ApiJson.Options.PropertyNamingPolicy;
            json.SerializerOptions.NumberHandling = ApiJson.Options.NumberHandling;
            foreach (var converter in ApiJson.Options.Converters)
            {
                json.SerializerOptions.Converters.Add(converter);
            }
        });
        builder.Services.AddOpenApi(openApi => openApi.AddSchemaTransformer((schema, context, _) =>
        {
            if ((Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type) == typeof(DocumentDate))
            {
                schema.Type = Microsoft.OpenApi.JsonSchemaType.String;
                schema.Pattern = @"^\d{4}(-\d{2}(-\d{2})?)?$";
                schema.Description = "A date to the year, month or day: yyyy, yyyy-MM or yyyy-MM-dd.";
            }

            return Task.CompletedTask;
        }));

        return builder;
    }

    /// <summary>Maps the OpenAPI description and the GovSearch endpoints onto the built application.</summary>
    public static WebApplication Map(WebApplication app, GovSearchIndex index, GovSearchEndpointOptions options)
    {
        app.MapOpenApi();
        app.MapGovSearch(index, options);
        return app;
    }
}
