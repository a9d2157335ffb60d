using System.Reflection;
using System.Runtime.CompilerServices;
using CounselingRecords.Privacy;
using CounselingRecords.Records.Clients;
using CounselingRecords.Storage;

namespace CounselingRecords.Records.Tests;

/// <summary>The package's own conventions: every aggregate and value is rebuilt through one public constructor matching its properties.</summary>
public sealed class ConventionTests
{
    private static readonly Type[] Services =
    [
        typeof(Records.AccessControl.ClinicalRecordAccessPolicy),
        typeof(Records.AccessControl.RecordAccessService),
    ];

    public static TheoryData<Type> StateTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(Client).Assembly.GetExportedTypes()
            .Where(t => !t.IsInterface && !t.IsEnum && !(t.IsAbstract && t.IsSealed))
            .Where(t => !typeof(FluentValidation.IValidator).IsAssignableFrom(t) && !IsSpecification(t) && !Services.Contains(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StateTypes))]
    public void StateType_HasOnePublicConstructorMatchingItsProperties(Type type)
    {
        var constructor = Assert.Single(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
        foreach (var parameter in constructor.GetParameters())
        {
            var property = type.GetProperty(char.ToUpperInvariant(parameter.Name![0]) + parameter.Name[1..], BindingFlags.Public | BindingFlags.Instance);
            Assert.True(property is not null, $"{type.Name}: no property for constructor parameter {parameter.Name}.");
            Assert.Equal(parameter.ParameterType, property!.PropertyType);
            Assert.True(property.SetMethod is null || !property.SetMethod.IsPublic || IsInitOnly(property.SetMethod), $"{type.Name}.{property.Name} has a public setter.");
        }
    }

    [Fact]
    public void Aggregates_HaveEveryStoredPropertyInTheirConstructor()
    {
        var aggregates = typeof(Client).Assembly.GetExportedTypes().Where(t => t.GetInterfaces().Any(i => i == typeof(IAggregateRoot))).ToList();

        Assert.Equal(7, aggregates.Count);
        foreach (var aggregate in aggregates)
        {
            var parameters = aggregate.GetConstructors().Single().GetParameters().Select(p => p.Name!.ToUpperInvariant()).ToHashSet();
            var properties = aggregate.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name.ToUpperInvariant());
            Assert.All(properties, p => Assert.Contains(p, parameters));
        }
    }

    [Fact]
    public void ProtectedHealthInformationTypes_DeclareTheirOwnToString()
    {
        var offenders = typeof(Client).Assembly.GetExportedTypes()
            .Where(t => t.IsDefined(typeof(ProtectedHealthInformationAttribute), false))
            .Where(t => t.GetMethod(nameof(ToString), Type.EmptyTypes)!.DeclaringType != t)
            .Select(t => t.Name);

        Assert.Empty(offenders);
    }

    private static bool IsSpecification(Type type) =>
        type.BaseType is { IsGenericType: true } baseType && baseType.GetGenericTypeDefinition() == typeof(Ardalis.Specification.Specification<>);

    private static bool IsInitOnly(MethodInfo setter) => setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
