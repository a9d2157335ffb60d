using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CounselingRecords.Privacy;
using CounselingRecords.Storage;

namespace CounselingRecords.Architecture.Tests;

/// <summary>Conventions every public type follows, checked by reflection in the NodaTime style.</summary>
public sealed partial class ConventionTests
{
    private static IEnumerable<Type> PublicTypes(IEnumerable<Assembly> assemblies) =>
        assemblies.SelectMany(a => a.GetExportedTypes()).Where(t => !t.IsNested || t.IsNestedPublic);

    [Fact]
    public void PublicClasses_AreSealedStaticOrAbstract()
    {
        var offenders = PublicTypes(RepositoryLayout.SourceAssemblies)
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicStructs_AreReadOnly()
    {
        var offenders = PublicTypes(RepositoryLayout.SourceAssemblies)
            .Where(t => t.IsValueType && !t.IsEnum && !t.IsDefined(typeof(IsReadOnlyAttribute), false))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void EquatableTypes_HaveEqualityOperators()
    {
        var offenders = PublicTypes(RepositoryLayout.SourceAssemblies)
            .Where(t => !t.IsInterface && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i.GetGenericArguments()[0] == t))
            .Where(t => t.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static, [t, t]) is null
                || t.GetMethod("op_Inequality", BindingFlags.Public | BindingFlags.Static, [t, t]) is null)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void DomainTypes_HaveNoPublicSetters()
    {
        var offenders = PublicTypes(RepositoryLayout.DomainAssemblies)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                .Select(p => $"{t.FullName}.{p.Name}"))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Aggregates_HaveNoPublicInitSetters()
    {
        var offenders = PublicTypes(RepositoryLayout.SourceAssemblies)
            .Where(t => typeof(IAggregateRoot).IsAssignableFrom(t) && !t.IsInterface)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => $"{t.FullName}.{p.Name}"))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void ProtectedHealthInformationTypes_OverrideToString()
    {
        var offenders = PublicTypes(RepositoryLayout.SourceAssemblies)
            .Where(t => t.IsDefined(typeof(ProtectedHealthInformationAttribute), false))
            .Where(t => t.GetMethod(nameof(ToString), BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)!.DeclaringType != t)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void ErrorCodes_AreLowercaseDottedAndUnique()
    {
        var codes = PublicTypes(RepositoryLayout.SourceAssemblies)
            .Where(t => t.Name.EndsWith("ErrorCodes", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (Name: $"{t.FullName}.{f.Name}", Code: (string)f.GetRawConstantValue()!)))
            .ToList();

        Assert.NotEmpty(codes);
        Assert.Empty(codes.Where(c => !CodePattern().IsMatch(c.Code)).Select(c => c.Name));
        Assert.Empty(codes.GroupBy(c => c.Code, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    [GeneratedRegex("^[a-z][a-z0-9_]*(\\.[a-z0-9][a-z0-9_-]*)+$")]
    private static partial Regex CodePattern();
}
