using System.Collections.Immutable;
using CounselingRecords.Auditing;

namespace CounselingRecords.Records.AccessControl;

/// <summary>Facts about record kinds: their record type names, audit categories and membership of the designated record set.</summary>
public static class RecordKinds
{
    /// <summary>Gets every record kind.</summary>
    public static ImmutableArray<RecordKind> All { get; } = [.. Enum.GetValues<RecordKind>()];

    /// <summary>Returns the record type name (<see cref="RecordTypes"/>) of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The record type.</returns>
    public static string RecordType(RecordKind kind) => kind switch
    {
        RecordKind.Demographics => RecordTypes.Client,
        RecordKind.IntakeAssessment => RecordTypes.IntakeAssessment,
        RecordKind.SessionNote => RecordTypes.SessionNote,
        RecordKind.ServiceFacts => RecordTypes.SessionServiceFacts,
        RecordKind.PsychotherapyNote => RecordTypes.PsychotherapyNote,
        RecordKind.ProgressReport => RecordTypes.ProgressReport,
        RecordKind.AmendmentRequest => RecordTypes.AmendmentRequest,
        RecordKind.AccessRequest => RecordTypes.RecordAccessRequest,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown record kind."),
    };

    /// <summary>Returns the kind of a record type name, if it is one of this package's.</summary>
    /// <param name="recordType">The record type.</param>
    /// <returns>The kind, or <see langword="null"/>.</returns>
    public static RecordKind? FromRecordType(string? recordType) => All.Select(k => (RecordKind?)k).FirstOrDefault(k => RecordType(k!.Value) == recordType);

    /// <summary>
    /// Returns whether a kind belongs to the designated record set the client may access and amend (R7.3): every
    /// kind except psychotherapy notes.
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for the designated record set.</returns>
    public static bool IsDesignatedRecordSet(RecordKind kind) => kind != RecordKind.PsychotherapyNote;

    /// <summary>Returns the audit category activity on a kind is logged under; psychotherapy notes are logged apart (R7.15).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The category.</returns>
    public static AuditCategory AuditCategoryOf(RecordKind kind) => kind switch
    {
        RecordKind.PsychotherapyNote => AuditCategory.PsychotherapyNote,
        RecordKind.Demographics => AuditCategory.Demographic,
        RecordKind.ServiceFacts => AuditCategory.Billing,
        RecordKind.AmendmentRequest or RecordKind.AccessRequest => AuditCategory.Administrative,
        _ => AuditCategory.Clinical,
    };
}
