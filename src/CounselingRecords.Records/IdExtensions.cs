using CounselingRecords.Identity;

namespace CounselingRecords.Records;

/// <summary>Helpers for ids, used inside this package.</summary>
internal static class IdExtensions
{
    public static bool IsEmpty<TId>(this TId id)
        where TId : struct, IStronglyTypedId<TId> => id.Value == Guid.Empty;

    public static TId Require<TId>(this TId id, string parameterName)
        where TId : struct, IStronglyTypedId<TId> =>
        id.Value == Guid.Empty ? throw new ArgumentException($"The {typeof(TId).Name} is empty.", parameterName) : id;
}
