using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using GovSearch.Benchmarks.Infrastructure;
using GovSearch.Querying;

namespace GovSearch.Benchmarks.Smoke;

/// <summary>
/// Runs benchmark methods once, in this process, with their setup and cleanup, without BenchmarkDotNet's engine:
/// a check that every benchmark still runs, for tests and for <c>--smoke</c>.
/// </summary>
/// <remarks>Every combination of <see cref="ParamsAttribute"/> and <see cref="ParamsSourceAttribute"/> values is run.</remarks>
public static class SmokeRunner
{
    /// <summary>The benchmark classes of this assembly, by name.</summary>
    public static IReadOnlyList<Type> BenchmarkTypes { get; } = typeof(SmokeRunner).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && BenchmarkMethods(t).Count > 0)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>The [Benchmark] methods of a class, by name.</summary>
    public static IReadOnlyList<MethodInfo> BenchmarkMethods(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.IsDefined(typeof(BenchmarkAttribute)))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>Runs every benchmark method of every class once per parameter combination.</summary>
    /// <returns>The number of runs.</returns>
    public static int RunAll(BenchmarkSettings settings, TextWriter log)
    {
        var runs = 0;
        foreach (var type in BenchmarkTypes)
        {
            foreach (var method in BenchmarkMethods(type))
            {
                runs += Run(type, method.Name, settings, log);
            }
        }

        return runs;
    }

    /// <summary>Runs one benchmark method once per parameter combination: global setup, iteration setup, the
    /// method (awaited when it returns a task), iteration cleanup, global cleanup.</summary>
    /// <returns>The number of runs.</returns>
    /// <exception cref="ArgumentException">The class has no such [Benchmark] method.</exception>
    /// <exception cref="NotSupportedException">The benchmark uses a feature this runner does not know, such as arguments.</exception>
    public static int Run(Type type, string methodName, BenchmarkSettings settings, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(type);
        var method = BenchmarkMethods(type).SingleOrDefault(m => m.Name == methodName)
            ?? throw new ArgumentException($"{type.Name} has no [Benchmark] method named '{methodName}'.", nameof(methodName));
        if (method.GetParameters().Length > 0)
        {
            throw new NotSupportedException($"{type.Name}.{method.Name} takes arguments; the smoke runner supports [Params] and [ParamsSource] only.");
        }

        // Whatever mode the caller named, this is a smoke run: benchmarks that size their inputs by mode go tiny.
        using var scope = BenchmarkSettings.Use(settings with { Mode = BenchmarkMode.Smoke });
        var runs = 0;
        foreach (var parameters in Combinations(type))
        {
            var instance = Activator.CreateInstance(type)!;
            foreach (var (property, value) in parameters)
            {
                property.SetValue(instance, value);
            }

            var label = $"{type.Name}.{method.Name}({string.Join(", ", parameters.Select(p => $"{p.Property.Name}={p.Value}"))})";
            var clock = Stopwatch.StartNew();
            Invoke<GlobalSetupAttribute>(instance, method, a => a.Targets);
            try
            {
                Invoke<IterationSetupAttribute>(instance, method, a => a.Targets);
                var result = Await(method.Invoke(instance, null), method.ReturnType);
                Invoke<IterationCleanupAttribute>(instance, method, a => a.Targets);
                log.WriteLine($"{label}: {Describe(result)} in {clock.Elapsed.TotalMilliseconds:0} ms");
            }
            finally
            {
                Invoke<GlobalCleanupAttribute>(instance, method, a => a.Targets);
            }

            runs++;
        }

        return runs;
    }

    private static List<List<(PropertyInfo Property, object? Value)>> Combinations(Type type)
    {
        var combinations = new List<List<(PropertyInfo, object?)>> { new() };
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            object?[]? values = null;
            if (property.GetCustomAttribute<ParamsAttribute>() is { } fixedValues)
            {
                values = fixedValues.Values;
            }
            else if (property.GetCustomAttribute<ParamsSourceAttribute>() is { } source)
            {
                values = SourceValues(type, source.Name);
            }
            else if (property.IsDefined(typeof(ParamsAllValuesAttribute)))
            {
                throw new NotSupportedException($"{type.Name}.{property.Name} uses [ParamsAllValues], which the smoke runner does not support.");
            }

            if (values is null)
            {
                continue;
            }

            combinations = combinations.SelectMany(c => values.Select(v => new List<(PropertyInfo, object?)>(c) { (property, v) })).ToList();
        }

        return combinations;
    }

    private static object?[] SourceValues(Type type, string name)
    {
        var member = type.GetMember(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance).FirstOrDefault()
            ?? throw new NotSupportedException($"{type.Name} has no member '{name}' for [ParamsSource].");
        var target = member is MethodInfo { IsStatic: true } or PropertyInfo { GetMethod.IsStatic: true } or FieldInfo { IsStatic: true }
            ? null
            : Activator.CreateInstance(type);
        var values = member switch
        {
            MethodInfo m => m.Invoke(target, null),
            PropertyInfo p => p.GetValue(target),
            FieldInfo f => f.GetValue(target),
            _ => throw new NotSupportedException($"{type.Name}.{name} is not a method, property or field."),
        };
        return values is System.Collections.IEnumerable sequence ? sequence.Cast<object?>().ToArray()
            : throw new NotSupportedException($"{type.Name}.{name} does not return a sequence.");
    }

    private static void Invoke<TAttribute>(object instance, MethodInfo benchmark, Func<TAttribute, string[]> targets)
        where TAttribute : Attribute
    {
        foreach (var method in instance.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance))
        {
            if (method.GetCustomAttribute<TAttribute>() is { } attribute
                && (targets(attribute) is not { Length: > 0 } names || names.Contains(benchmark.Name, StringComparer.Ordinal)))
            {
                Await(method.Invoke(instance, null), method.ReturnType);
            }
        }
    }

    private static string Describe(object? result) => result switch
    {
        null => "done",
        SearchResults results => $"{results.TotalHits} hits",
        _ => Convert.ToString(result, CultureInfo.InvariantCulture) ?? "done",
    };

    private static object? Await(object? result, Type declared)
    {
        switch (result)
        {
            case Task task:
                task.GetAwaiter().GetResult();
                return declared.IsGenericType ? declared.GetProperty(nameof(Task<int>.Result))!.GetValue(task) : null;
            case ValueTask valueTask:
                valueTask.AsTask().GetAwaiter().GetResult();
                return null;
            default:
                return result;
        }
    }
}
