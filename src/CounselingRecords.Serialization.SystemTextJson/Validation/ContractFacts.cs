using System.Text.Json.Serialization.Metadata;
#if !NET9_0_OR_GREATER
using System.Reflection;
using System.Text.Json.Serialization;
#endif

namespace CounselingRecords.Serialization.SystemTextJson.Validation;

/// <summary>
/// What the contract of an object type says about each property beyond System.Text.Json's own checks: whether
/// it is a constructor parameter, whether it must be present and whether it may be null. On .NET 9 and later
/// this comes from the contract (<c>JsonPropertyInfo.AssociatedParameter</c>); on .NET 8 from the constructor.
/// </summary>
internal sealed class ContractFacts
{
#if !NET9_0_OR_GREATER
    // NullabilityInfoContext caches per member in plain dictionaries and is not thread-safe: one per thread.
    [ThreadStatic]
    private static NullabilityInfoContext? _nullability;
    private readonly Dictionary<string, ParameterInfo> _parameters;
#endif

    private ContractFacts(JsonTypeInfo typeInfo)
    {
#if NET9_0_OR_GREATER
        HasParameterizedConstructor = typeInfo.Properties.Any(p => p.AssociatedParameter is not null);
#else
        _parameters = FindConstructor(typeInfo.Type)?.GetParameters()
            .Where(p => p.Name is not null)
            .ToDictionary(p => p.Name!, StringComparer.OrdinalIgnoreCase) ?? [];
        HasParameterizedConstructor = _parameters.Count > 0;
#endif
    }

    public bool HasParameterizedConstructor { get; }

#if !NET9_0_OR_GREATER
    private static NullabilityInfoContext Nullability => _nullability ??= new NullabilityInfoContext();
#endif

    public static ContractFacts Of(JsonTypeInfo typeInfo) => new(typeInfo);

    public bool IsConstructorParameter(JsonPropertyInfo property)
    {
#if NET9_0_OR_GREATER
        return property.AssociatedParameter is not null;
#else
        return _parameters.ContainsKey(MemberName(property));
#endif
    }

    /// <summary>Whether the property must be present: a constructor parameter without a default value, or a required member.</summary>
    public bool IsRequired(JsonPropertyInfo property)
    {
        if (property.IsRequired)
        {
            return true;
        }

#if NET9_0_OR_GREATER
        return property.AssociatedParameter is { HasDefaultValue: false };
#else
        return _parameters.TryGetValue(MemberName(property), out var parameter) && !parameter.HasDefaultValue;
#endif
    }

    /// <summary>Whether the property may be null: a <see cref="Nullable{T}"/>, or a reference annotated as nullable.</summary>
    public bool AllowsNull(JsonPropertyInfo property)
    {
        var type = property.PropertyType;
        if (Nullable.GetUnderlyingType(type) is not null)
        {
            return true;
        }

        if (type.IsValueType)
        {
            return false;
        }

#if NET9_0_OR_GREATER
        return property.AssociatedParameter?.IsNullable ?? property.IsSetNullable;
#else
        if (_parameters.TryGetValue(MemberName(property), out var parameter))
        {
            return Nullability.Create(parameter).WriteState != NullabilityState.NotNull;
        }

        return property.AttributeProvider is not PropertyInfo info || Nullability.Create(info).WriteState != NullabilityState.NotNull;
#endif
    }

#if !NET9_0_OR_GREATER
    // Source-generated contracts on .NET 8 carry no attribute provider; the JSON name is the member name under the
    // camelCase policy, which System.Text.Json also matches to constructor parameters ignoring case.
    private static string MemberName(JsonPropertyInfo property) => (property.AttributeProvider as MemberInfo)?.Name ?? property.Name;

    private static ConstructorInfo? FindConstructor(Type type)
    {
        var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        var marked = constructors.Where(c => c.IsDefined(typeof(JsonConstructorAttribute), false)).ToList();
        if (marked.Count == 1)
        {
            return marked[0];
        }

        if (constructors.Any(c => c.GetParameters().Length == 0))
        {
            return null;
        }

        return constructors.Length == 1 ? constructors[0] : null;
    }
#endif
}
