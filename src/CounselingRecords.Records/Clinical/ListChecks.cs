using System.Collections.Immutable;

namespace CounselingRecords.Records.Clinical;

/// <summary>Structural checks for lists keyed by an enum (sections, domains): no null, each key once, in key order.</summary>
internal static class ListChecks
{
    public static ImmutableArray<T> Check<T, TKey>(ImmutableArray<T> items, Func<T, TKey> key, string parameterName)
        where T : class
        where TKey : struct, Enum
    {
        var list = NoNulls(items, parameterName);
        var keys = list.Select(key).ToList();
        if (keys.Any(k => !Enum.IsDefined(k)) || keys.Distinct().Count() != keys.Count || !keys.SequenceEqual(keys.Order()))
        {
            throw new ArgumentException("Each section appears once, known, and in section order.", parameterName);
        }

        return list;
    }

    public static ImmutableArray<T> NoNulls<T>(ImmutableArray<T> items, string parameterName)
        where T : class
    {
        var list = items.IsDefault ? ImmutableArray<T>.Empty : items;
        return list.Any(i => i is null) ? throw new ArgumentException("The list holds a null entry.", parameterName) : list;
    }
}
