using System.Reflection;

namespace CounselingRecords.Records.Tests.Fixtures;

/// <summary>
/// Rebuilds an aggregate or value through its one public constructor from its properties, with some properties
/// replaced: what storage does on reload, and what an attacker with database access could do.
/// </summary>
internal static class StateRebuilder
{
    public static ConstructorInfo StateConstructor(Type type)
    {
        var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        return Assert.Single(constructors);
    }

    public static T With<T>(T instance, string propertyName, object? value)
        where T : class => WithMany(instance, (propertyName, value));

    public static T WithMany<T>(T instance, params (string Property, object? Value)[] changes)
        where T : class
    {
        var constructor = StateConstructor(typeof(T));
        var parameters = constructor.GetParameters();
        foreach (var (property, _) in changes)
        {
            if (parameters.All(p => ToPascal(p.Name!) != property))
            {
                throw new InvalidOperationException($"{typeof(T).Name} has no constructor parameter for {property}.");
            }
        }

        var arguments = parameters
            .Select(p =>
            {
                var property = typeof(T).GetProperty(ToPascal(p.Name!), BindingFlags.Public | BindingFlags.Instance)
                    ?? throw new InvalidOperationException($"{typeof(T).Name} has no property for parameter {p.Name}.");
                var change = changes.FirstOrDefault(c => c.Property == property.Name);
                return change.Property is null ? property.GetValue(instance) : change.Value;
            })
            .ToArray();
        try
        {
            return (T)constructor.Invoke(arguments);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }

    public static string ToPascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
