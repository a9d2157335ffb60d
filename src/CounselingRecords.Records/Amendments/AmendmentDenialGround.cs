namespace CounselingRecords.Records.Amendments;

/// <summary>The grounds on which an amendment request may be denied (45 CFR 164.526(a)(2), R7.8).</summary>
public enum AmendmentDenialGround
{
    /// <summary>The practice did not create the record (and its originator is available to act on the request).</summary>
    NotCreatedByPractice,

    /// <summary>The record is not part of the designated record set.</summary>
    NotInDesignatedRecordSet,

    /// <summary>The record would not be available for inspection under the right of access (for example psychotherapy notes).</summary>
    NotAvailableForInspection,

    /// <summary>The record is accurate and complete.</summary>
    AccurateAndComplete,
}
