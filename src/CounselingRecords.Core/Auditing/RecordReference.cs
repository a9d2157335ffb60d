using CounselingRecords.Identity;

namespace CounselingRecords.Auditing;

/// <summary>Names a record by its type and the text form of its id, for audit entries and errors.</summary>
/// <param name="RecordType">The record type, for example <c>SessionNote</c>.</param>
/// <param name="RecordId">The text form of the record's id.</param>
public readonly record struct RecordReference(string RecordType, string RecordId)
{
    /// <summary>Creates a reference to a record with a strongly typed id.</summary>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <param name="recordType">The record type.</param>
    /// <param name="id">The id.</param>
    /// <returns>The reference.</returns>
    public static RecordReference For<TId>(string recordType, TId id)
        where TId : struct, IStronglyTypedId<TId>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recordType);
        return new RecordReference(recordType, StronglyTypedId.Format(id));
    }

    /// <inheritdoc />
    public override string ToString() => $"{RecordType}/{RecordId}";
}
